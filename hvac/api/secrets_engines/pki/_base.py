"""What the parts of :class:`~hvac.api.secrets_engines.pki.Pki` share: constants and request helpers."""
from typing import Any, Dict, Mapping, Optional

import requests

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "pki"
#: The ``{type}`` of the issuer generation paths (``issuers/generate/root/{type}`` …).
GENERATION_TYPES = ("internal", "exported", "existing", "kms")
#: The values of ``config/acme``'s ``eab_policy``.
EAB_POLICIES = ("not-required", "new-account-required", "always-required")


def _merged(extra_params: Optional[Mapping[str, Any]], **params: Any) -> Dict[str, Any]:
    """Return ``extra_params`` (left untouched) overlaid with the named ``params``."""
    body = dict(extra_params or {})
    body.update(params)
    return body


class PkiBase(VaultApiBase[VaultResponse]):
    """The request helpers of the PKI engine's parts."""

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    def _read_text(self, template: str, mount_point: str) -> str:
        """GET an unauthenticated PEM endpoint and return the body as text."""
        response: Any = self._adapter.get(url=self._url(template, mount_point))
        return str(response.text)

    def _fetch(self, url: str) -> requests.Response:
        """GET ``url`` and hand back the undecoded answer (for DER and PEM bodies)."""
        return self._adapter.request_response("get", url)

    def _read_der(self, template: str, mount_point: str, **params: Any) -> bytes:
        return self._fetch(self._url(template, mount_point, **params)).content

    def _read_pem(self, template: str, mount_point: str, **params: Any) -> str:
        return self._fetch(self._url(template, mount_point, **params)).text

    def _patch(self, url: str, body: Optional[Mapping[str, Any]]) -> VaultResponse:
        return self._adapter.patch(url=url, json=body or {})

    def _post_for_issuer(
        self, issuer_ref: str, operation: str, body: Dict[str, Any], mount_point: str, **params: Any
    ) -> VaultResponse:
        """POST ``body`` to ``issuer/{issuer_ref}/<operation>`` (the per-issuer variant of an endpoint)."""
        url = self._url("issuer/{issuer_ref}/" + operation, mount_point, issuer_ref=issuer_ref, **params)
        return self._adapter.post(url=url, json=body)

"""What the identity mixins share: argument checks, value sets and the request helpers."""
import logging
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.identity import ALLOWED_GROUP_TYPES

#: The package's logger (``hvac.api.secrets_engines.identity``), as in the reference.
logger = logging.getLogger("hvac.api.secrets_engines.identity")

#: The verbs the ``list_*`` methods accept for their ``method`` argument.
_LIST_METHODS = ("LIST", "GET")

_StrOrList = Union[str, List[str]]


def _validate_metadata(metadata: Any) -> None:
    """Refuse a ``metadata`` argument that is neither ``None`` nor a dict."""
    if metadata is not None and not isinstance(metadata, dict):
        raise exceptions.ParamValidationError(
            f'unsupported metadata argument provided "{metadata}" ({type(metadata)}), required type: dict"'
        )


def _validate_group_args(group_type: str, metadata: Any) -> None:
    """Check the arguments shared by the group create/update methods."""
    _validate_metadata(metadata)
    if group_type not in ALLOWED_GROUP_TYPES:
        raise exceptions.ParamValidationError(
            f'unsupported group_type argument provided "{group_type}", allowed values: ({ALLOWED_GROUP_TYPES})'
        )


#: Values OpenBao accepts for the fields with a fixed set of choices (checked before sending).
_TOTP_ALGORITHMS = ("SHA1", "SHA256", "SHA512")
_TOTP_DIGITS = (6, 8)
_OIDC_CLIENT_TYPES = ("confidential", "public")
_OIDC_RESPONSE_TYPES = ("code",)
_OIDC_CODE_CHALLENGE_METHODS = ("S256", "plain")
_OIDC_GRANT_TYPES = ("authorization_code", "client_credentials")
#: How :meth:`Identity.request_oidc_provider_token` presents the client's credentials.
_OIDC_CLIENT_AUTH_METHODS = ("client_secret_post", "client_secret_basic")

_Ttl = Union[str, int]


def _fields_of(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """The request fields among a method's ``locals()``: all but ``self``, the path's ``name``
    and ``mount_point`` (for the method pairs that send the same fields with two verbs)."""
    return {key: value for key, value in arguments.items() if key not in ("self", "name", "mount_point")}


class IdentityBase(VaultApiBase[VaultResponse]):
    """The request helpers of the identity mixins."""

    def _url(self, template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    def _list(self, template: str, method: str, mount_point: str) -> VaultResponse:
        """LIST (or GET ``?list=true``) the keys below ``template``, after checking ``method``."""
        if method not in _LIST_METHODS:
            raise exceptions.ParamValidationError(
                f'"method" parameter provided invalid value; LIST or GET allowed, "{method}" provided'
            )
        api_path = self._url(template, mount_point)
        if method == "LIST":
            return self._adapter.list(url=api_path)
        return self._adapter.get(url=api_path, params={"list": "true"})

    def _write(self, template: str, fields: Dict[str, Any], mount_point: str, **path: Any) -> VaultResponse:
        """POST the fields that were given (``None`` left out) to ``template`` below the mount."""
        return self._adapter.post(url=self._url(template, mount_point, **path), json=utils.remove_nones(fields))

    def _read(self, template: str, mount_point: str, **path: Any) -> VaultResponse:
        return self._adapter.get(url=self._url(template, mount_point, **path))

    def _delete(self, template: str, mount_point: str, **path: Any) -> VaultResponse:
        return self._adapter.delete(url=self._url(template, mount_point, **path))

    def _list_keys(self, template: str, mount_point: str, **query: Any) -> VaultResponse:
        return self._adapter.list(url=self._url(template, mount_point), params=utils.remove_nones(query))

    def _write_mfa_method(
        self, method_type: str, method_id: Optional[str], fields: Dict[str, Any], mount_point: str
    ) -> VaultResponse:
        """Create an MFA method (OpenBao picks its ID) or, given ``method_id``, update that one."""
        if method_id is None:
            return self._write("mfa/method/{type}", fields, mount_point, type=method_type)
        return self._write("mfa/method/{type}/{id}", fields, mount_point, type=method_type, id=method_id)

    def _without_vault_token(
        self, method: str, template: str, name: str, mount_point: str, **kwargs: Any
    ) -> VaultResponse:
        """Send without the Vault token: the OIDC provider's token and userinfo endpoints
        authenticate the client or its access token instead, and OpenBao refuses userinfo when a
        Vault token comes along."""
        return self._adapter.with_token(None).request(method, self._url(template, mount_point, name=name), **kwargs)

    def _authorize(self, verb: str, name: str, fields: Dict[str, Any], mount_point: str) -> VaultResponse:
        utils.validate_allowed("response_type", fields["response_type"], _OIDC_RESPONSE_TYPES, noun="values")
        utils.validate_allowed(
            "code_challenge_method", fields["code_challenge_method"], _OIDC_CODE_CHALLENGE_METHODS, noun="values"
        )
        url = self._url("oidc/provider/{name}/authorize", mount_point, name=name)
        if verb == "get":
            return self._adapter.get(url=url, params=utils.remove_nones(fields))
        return self._adapter.post(url=url, json=utils.remove_nones(fields))

    def _userinfo(self, verb: str, name: str, access_token: str, mount_point: str) -> VaultResponse:
        headers = {"Authorization": f"Bearer {access_token}"}
        return self._without_vault_token(verb, "oidc/provider/{name}/userinfo", name, mount_point, headers=headers)

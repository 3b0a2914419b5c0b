"""System backend: ACL policies through the older ``/v1/sys/policy`` endpoints."""
import json
from typing import Any, Dict, Optional, Union

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def policy_document(policy: Union[str, Dict[str, Any]], pretty_print: bool) -> str:
    """Return ``policy`` as the text Vault stores: a string unchanged, a dict as JSON.

    :param policy: HCL/JSON text, or a dict written as JSON.
    :param pretty_print: indent (4 spaces, sorted keys) the JSON of a dict.
    """
    if not isinstance(policy, dict):
        return policy
    if pretty_print:
        return json.dumps(policy, indent=4, sort_keys=True)
    return json.dumps(policy)


def policy_settings(
    cas: Optional[int],
    cas_required: Optional[bool],
    expiration: Optional[str],
    ttl: Optional[Union[int, str]],
    allow_slashes_in_identity_templates: Optional[bool],
    allow_wildcards_in_identity_templates: Optional[bool],
) -> Dict[str, Any]:
    """OpenBao's settings of an ACL policy, as body fields: those given (none is sent as ``null``)."""
    settings = dict(cas=cas, cas_required=cas_required, expiration=expiration, ttl=ttl)
    settings.update(allow_slashes_in_identity_templates=allow_slashes_in_identity_templates)
    settings.update(allow_wildcards_in_identity_templates=allow_wildcards_in_identity_templates)
    return utils.remove_nones(settings)


class Policy(SystemBackendMixin[VaultResponse]):
    """ACL policies: list, read, create or update, delete (``/v1/sys/policy``)."""

    def list_policies(self) -> VaultResponse:
        """List the names of the ACL policies.

        ``GET /v1/sys/policy``

        :return: the decoded answer (``policies``, ``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/policy")

    def list_policies_by_prefix(self, prefix: Optional[str] = None) -> VaultResponse:
        """List the ACL policy names with the LIST verb, optionally under a name prefix (beyond the reference).

        ``LIST /v1/sys/policy`` or ``LIST /v1/sys/policy/{prefix}``

        :param prefix: only the names under this prefix (up to a ``/``, e.g. ``team`` for
            ``team/ops``); every name when ``None``.
        :return: the decoded answer (``data.keys``, ``data.policies``; no keys when nothing
            matches), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        if not prefix:
            return self._adapter.list("/v1/sys/policy")
        return self._adapter.list(utils.format_url("/v1/sys/policy/{prefix}", prefix=prefix))

    def read_policy(self, name: str) -> VaultResponse:
        """Read an ACL policy.

        ``GET /v1/sys/policy/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.name``, ``data.rules``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(utils.format_url("/v1/sys/policy/{name}", name=name))

    def create_or_update_policy(
        self, name: str, policy: Union[str, Dict[str, Any]], pretty_print: bool = True, *,
        cas: Optional[int] = None, cas_required: Optional[bool] = None, ttl: Optional[Union[int, str]] = None,
        expiration: Optional[str] = None, allow_slashes_in_identity_templates: Optional[bool] = None,
        allow_wildcards_in_identity_templates: Optional[bool] = None,
    ) -> VaultResponse:
        """Create an ACL policy or replace its rules.

        ``PUT /v1/sys/policy/{name}``

        :param name: the policy name.
        :param policy: the rules, as HCL/JSON text or a dict (sent as JSON).
        :param pretty_print: indent the JSON made from a dict ``policy``.
        :param cas: OpenBao's check-and-set version (0: create only).
        :param cas_required: OpenBao: later writes must give ``cas``.
        :param ttl: OpenBao: the policy's lifetime.
        :param expiration: OpenBao: when the policy is deleted (RFC 3339).
        :param allow_slashes_in_identity_templates: OpenBao: templated values may hold ``/``.
        :param allow_wildcards_in_identity_templates: OpenBao: templated values may hold ``*``/``+``.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        settings = policy_settings(
            cas, cas_required, expiration, ttl, allow_slashes_in_identity_templates, allow_wildcards_in_identity_templates
        )
        params = {"policy": policy_document(policy, pretty_print), **settings}
        return self._adapter.put(utils.format_url("/v1/sys/policy/{name}", name=name), json=params)

    def delete_policy(self, name: str) -> VaultResponse:
        """Delete an ACL policy (no error when it does not exist).

        ``DELETE /v1/sys/policy/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(utils.format_url("/v1/sys/policy/{name}", name=name))

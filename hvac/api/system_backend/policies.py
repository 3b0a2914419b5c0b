"""System backend: ACL, RGP and EGP policies through ``/v1/sys/policies/{acl,rgp,egp}``.

RGP (role governing) and EGP (endpoint governing) policies are Sentinel policies of Vault
Enterprise; OpenBao and Vault Community answer 404 for them.
"""
from typing import Any, Dict, List, Union

from hvac import utils
from hvac.api.system_backend.policy import policy_document
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _policies_path(kind: str, name: str = "") -> str:
    # /v1/sys/policies/<kind> for listing, /v1/sys/policies/<kind>/<name> for one policy.
    if not name:
        return f"/v1/sys/policies/{kind}"
    return utils.format_url("/v1/sys/policies/{kind}/{name}", kind=kind, name=name)


class Policies(SystemBackendMixin):
    """ACL policies (``/v1/sys/policies/acl``) and the Enterprise Sentinel RGP/EGP policies."""

    # --- ACL ----------------------------------------------------------------------------------

    def list_acl_policies(self) -> VaultResponse:
        """List the names of the ACL policies.

        ``LIST /v1/sys/policies/acl``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(_policies_path("acl"))

    def read_acl_policy(self, name: str) -> VaultResponse:
        """Read an ACL policy.

        ``GET /v1/sys/policies/acl/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.name``, ``data.policy``), or the requests.Response.
        """
        return self._adapter.get(_policies_path("acl", name))

    def create_or_update_acl_policy(
        self, name: str, policy: Union[str, Dict[str, Any]], pretty_print: bool = True
    ) -> VaultResponse:
        """Create an ACL policy or replace it.

        ``PUT /v1/sys/policies/acl/{name}``

        :param name: the policy name.
        :param policy: the rules, as HCL/JSON text or a dict (sent as JSON).
        :param pretty_print: indent the JSON made from a dict ``policy``.
        :return: the requests.Response (Vault answers 204).
        """
        params = {"policy": policy_document(policy, pretty_print)}
        return self._adapter.put(_policies_path("acl", name), json=params)

    def delete_acl_policy(self, name: str) -> VaultResponse:
        """Delete an ACL policy.

        ``DELETE /v1/sys/policies/acl/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        """
        return self._adapter.delete(_policies_path("acl", name))

    # --- RGP (Enterprise) ---------------------------------------------------------------------

    def list_rgp_policies(self) -> VaultResponse:
        """List the role governing policies (Vault Enterprise).

        ``LIST /v1/sys/policies/rgp``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(_policies_path("rgp"))

    def read_rgp_policy(self, name: str) -> VaultResponse:
        """Read a role governing policy (Vault Enterprise).

        ``GET /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.policy``, ``data.enforcement_level``), or the requests.Response.
        """
        return self._adapter.get(_policies_path("rgp", name))

    def create_or_update_rgp_policy(self, name: str, policy: str, enforcement_level: str) -> VaultResponse:
        """Create or replace a role governing (Sentinel) policy (Vault Enterprise).

        ``PUT /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :param policy: the Sentinel policy text.
        :param enforcement_level: ``advisory``, ``soft-mandatory`` or ``hard-mandatory``.
        :return: the requests.Response (Vault answers 204).
        """
        params = {"policy": policy, "enforcement_level": enforcement_level}
        return self._adapter.put(_policies_path("rgp", name), json=params)

    def delete_rgp_policy(self, name: str) -> VaultResponse:
        """Delete a role governing policy (Vault Enterprise).

        ``DELETE /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        """
        return self._adapter.delete(_policies_path("rgp", name))

    # --- EGP (Enterprise) ---------------------------------------------------------------------

    def list_egp_policies(self) -> VaultResponse:
        """List the endpoint governing policies (Vault Enterprise).

        ``LIST /v1/sys/policies/egp``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(_policies_path("egp"))

    def read_egp_policy(self, name: str) -> VaultResponse:
        """Read an endpoint governing policy (Vault Enterprise).

        ``GET /v1/sys/policies/egp/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.policy``, ``data.enforcement_level``, ``data.paths``), or
            the requests.Response.
        """
        return self._adapter.get(_policies_path("egp", name))

    def create_or_update_egp_policy(
        self, name: str, policy: str, enforcement_level: str, paths: List[str]
    ) -> VaultResponse:
        """Create or replace an endpoint governing (Sentinel) policy (Vault Enterprise).

        ``PUT /v1/sys/policies/egp/{name}``

        :param name: the policy name.
        :param policy: the Sentinel policy text.
        :param enforcement_level: ``advisory``, ``soft-mandatory`` or ``hard-mandatory``.
        :param paths: the request paths the policy applies to (globs allowed).
        :return: the requests.Response (Vault answers 204).
        """
        params = {"policy": policy, "enforcement_level": enforcement_level, "paths": paths}
        return self._adapter.put(_policies_path("egp", name), json=params)

    def delete_egp_policy(self, name: str) -> VaultResponse:
        """Delete an endpoint governing policy (Vault Enterprise).

        ``DELETE /v1/sys/policies/egp/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        """
        return self._adapter.delete(_policies_path("egp", name))

"""System backend: ACL, RGP and EGP policies through ``/v1/sys/policies/{acl,rgp,egp}``, and
OpenBao's password policies (``/v1/sys/policies/password``).

RGP (role governing) and EGP (endpoint governing) policies are Sentinel policies of Vault
Enterprise; OpenBao and Vault Community answer 404 for them.
"""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.system_backend.policy import policy_document, policy_settings
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _policies_path(kind: str, name: str = "") -> str:
    # /v1/sys/policies/<kind> for listing, /v1/sys/policies/<kind>/<name> for one policy.
    if not name:
        return f"/v1/sys/policies/{kind}"
    return utils.format_url("/v1/sys/policies/{kind}/{name}", kind=kind, name=name)


class Policies(SystemBackendMixin[VaultResponse]):
    """ACL policies (``/v1/sys/policies/acl``) and the Enterprise Sentinel RGP/EGP policies."""

    # --- ACL ----------------------------------------------------------------------------------

    def list_acl_policies(self) -> VaultResponse:
        """List the names of the ACL policies.

        ``LIST /v1/sys/policies/acl``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("acl"))

    def read_acl_policy(self, name: str) -> VaultResponse:
        """Read an ACL policy.

        ``GET /v1/sys/policies/acl/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.name``, ``data.policy``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_policies_path("acl", name))

    def create_or_update_acl_policy(
        self, name: str, policy: Union[str, Dict[str, Any]], pretty_print: bool = True, *,
        cas: Optional[int] = None, cas_required: Optional[bool] = None,
        expiration: Optional[str] = None, ttl: Optional[Union[int, str]] = None,
        allow_slashes_in_identity_templates: Optional[bool] = None,
        allow_wildcards_in_identity_templates: Optional[bool] = None,
    ) -> VaultResponse:
        """Create an ACL policy or replace it.

        ``PUT /v1/sys/policies/acl/{name}``

        The keyword-only settings are OpenBao's (Vault declares none of them): each is sent only
        when given.

        :param name: the policy name.
        :param policy: the rules, as HCL/JSON text or a dict (sent as JSON).
        :param pretty_print: indent the JSON made from a dict ``policy``.
        :param cas: write only if the policy is at this version (0: only if it does not exist yet).
        :param cas_required: make every later write of the policy give ``cas``.
        :param expiration: an RFC 3339 time at which the policy is deleted.
        :param ttl: how long from now the policy lives (seconds or a duration), instead of ``expiration``.
        :param allow_slashes_in_identity_templates: let identity templates in the rules expand to values containing ``/``.
        :param allow_wildcards_in_identity_templates: let them expand to values containing ``*`` or ``+``.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        settings = policy_settings(
            cas, cas_required, expiration, ttl, allow_slashes_in_identity_templates, allow_wildcards_in_identity_templates
        )
        params = {"policy": policy_document(policy, pretty_print), **settings}
        return self._adapter.put(_policies_path("acl", name), json=params)

    def delete_acl_policy(self, name: str) -> VaultResponse:
        """Delete an ACL policy.

        ``DELETE /v1/sys/policies/acl/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_policies_path("acl", name))

    def patch_acl_policy(
        self,
        name: str,
        policy: Optional[Union[str, Dict[str, Any]]] = None,
        cas: Optional[int] = None,
        cas_required: Optional[bool] = None,
        expiration: Optional[str] = None,
        ttl: Optional[Union[int, str]] = None,
        allow_slashes_in_identity_templates: Optional[bool] = None,
        allow_wildcards_in_identity_templates: Optional[bool] = None,
    ) -> VaultResponse:
        """Change some settings of an existing ACL policy, keeping the others (beyond the reference).

        ``PATCH /v1/sys/policies/acl/{name}`` (a JSON merge patch)

        :param name: the policy name.
        :param policy: new rules, as HCL/JSON text or a dict (sent as indented JSON).
        :param cas: the version the policy must be at for the change to apply.
        :param cas_required: whether later writes must give ``cas``.
        :param expiration: when the policy stops existing (RFC 3339 time).
        :param ttl: how long from now the policy lives (seconds or a duration string).
        :param allow_slashes_in_identity_templates: let identity templates expand to values with ``/``.
        :param allow_wildcards_in_identity_templates: let identity templates expand to values with ``*``/``+``.
        :return: the decoded answer, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "policy": None if policy is None else policy_document(policy, True),
                "cas": cas,
                "cas_required": cas_required,
                "expiration": expiration,
                "ttl": ttl,
                "allow_slashes_in_identity_templates": allow_slashes_in_identity_templates,
                "allow_wildcards_in_identity_templates": allow_wildcards_in_identity_templates,
            }
        )
        return self._adapter.patch(url=_policies_path("acl", name), json=params)

    def list_acl_policies_by_prefix(self, prefix: str) -> VaultResponse:
        """List the ACL policies whose names sit under ``prefix`` (policy names may contain ``/``).

        ``LIST /v1/sys/policies/acl/{prefix}``

        :param prefix: the name prefix up to a ``/``, e.g. ``team`` for ``team/ops`` and ``team/dev``.
        :return: the decoded answer (``data.keys``, full names), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("acl", prefix))

    def list_detailed_acl_policies(self, prefix: Optional[str] = None) -> VaultResponse:
        """List the ACL policies with their rules and settings (beyond the reference).

        ``LIST /v1/sys/policies/detailed/acl`` or ``LIST /v1/sys/policies/detailed/acl/{prefix}``

        :param prefix: only the policies under this name prefix (up to a ``/``); all of them when ``None``.
        :return: the decoded answer (``data.keys``, ``data.key_info.<name>.policy`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("detailed/acl", prefix or ""))

    # --- Password policies (OpenBao) ----------------------------------------------------------

    def list_password_policies(self) -> VaultResponse:
        """List the names of the password policies.

        ``LIST /v1/sys/policies/password``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("password"))

    def read_password_policy(self, name: str) -> VaultResponse:
        """Read a password policy.

        ``GET /v1/sys/policies/password/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.policy``, the HCL text), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_policies_path("password", name))

    def create_or_update_password_policy(self, name: str, policy: str) -> VaultResponse:
        """Create a password policy or replace it.

        ``POST /v1/sys/policies/password/{name}``

        :param name: the policy name.
        :param policy: the rules as HCL: ``length`` and ``rule "charset"`` blocks
            (``charset``, ``min-chars``); OpenBao checks it can generate a password from them.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_policies_path("password", name), json={"policy": policy})

    def delete_password_policy(self, name: str) -> VaultResponse:
        """Delete a password policy.

        ``DELETE /v1/sys/policies/password/{name}``

        :param name: the policy name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_policies_path("password", name))

    def generate_password(self, name: str) -> VaultResponse:
        """Generate a password that satisfies a password policy.

        ``GET /v1/sys/policies/password/{name}/generate``

        :param name: the policy name.
        :return: the decoded answer (``data.password``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_policies_path("password", name) + "/generate")

    # --- RGP (Enterprise) ---------------------------------------------------------------------

    def list_rgp_policies(self) -> VaultResponse:
        """List the role governing policies (Vault Enterprise).

        ``LIST /v1/sys/policies/rgp``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("rgp"))

    def read_rgp_policy(self, name: str) -> VaultResponse:
        """Read a role governing policy (Vault Enterprise).

        ``GET /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.policy``, ``data.enforcement_level``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_policies_path("rgp", name))

    def create_or_update_rgp_policy(self, name: str, policy: str, enforcement_level: str) -> VaultResponse:
        """Create or replace a role governing (Sentinel) policy (Vault Enterprise).

        ``PUT /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :param policy: the Sentinel policy text.
        :param enforcement_level: ``advisory``, ``soft-mandatory`` or ``hard-mandatory``.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"policy": policy, "enforcement_level": enforcement_level}
        return self._adapter.put(_policies_path("rgp", name), json=params)

    def delete_rgp_policy(self, name: str) -> VaultResponse:
        """Delete a role governing policy (Vault Enterprise).

        ``DELETE /v1/sys/policies/rgp/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_policies_path("rgp", name))

    # --- EGP (Enterprise) ---------------------------------------------------------------------

    def list_egp_policies(self) -> VaultResponse:
        """List the endpoint governing policies (Vault Enterprise).

        ``LIST /v1/sys/policies/egp``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_policies_path("egp"))

    def read_egp_policy(self, name: str) -> VaultResponse:
        """Read an endpoint governing policy (Vault Enterprise).

        ``GET /v1/sys/policies/egp/{name}``

        :param name: the policy name.
        :return: the decoded policy (``data.policy``, ``data.enforcement_level``, ``data.paths``), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
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
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"policy": policy, "enforcement_level": enforcement_level, "paths": paths}
        return self._adapter.put(_policies_path("egp", name), json=params)

    def delete_egp_policy(self, name: str) -> VaultResponse:
        """Delete an endpoint governing policy (Vault Enterprise).

        ``DELETE /v1/sys/policies/egp/{name}``

        :param name: the policy name.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_policies_path("egp", name))

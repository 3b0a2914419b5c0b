"""Token auth method: create, inspect, renew and revoke tokens, and manage token roles."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "token"


class Token(VaultApiBase[VaultResponse]):
    """Token auth method (always mounted at ``auth/token``).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/token
    """

    def _url(self, mount_point: str, endpoint: str, **path_params: str) -> str:
        return utils.format_url("/v1/auth/{mount_point}/" + endpoint, mount_point=mount_point, **path_params)

    @staticmethod
    def _creation_params(
        id: Optional[str],
        policies: Optional[List[str]],
        meta: Optional[Dict[str, str]],
        no_default_policy: bool,
        renewable: bool,
        ttl: Optional[Union[str, int]],
        type: Optional[str],
        explicit_max_ttl: Optional[Union[str, int]],
        display_name: str,
        num_uses: int,
        period: Optional[Union[str, int]],
        entity_alias: Optional[str],
        **extra: Any,
    ) -> Dict[str, Any]:
        # The body shared by create and create_orphan; None values are left out.
        return utils.remove_nones(
            {
                "id": id,
                "policies": policies,
                "meta": meta,
                "no_default_policy": no_default_policy,
                "renewable": renewable,
                "ttl": ttl,
                "type": type,
                "explicit_max_ttl": explicit_max_ttl,
                "display_name": display_name,
                "num_uses": num_uses,
                "period": period,
                "entity_alias": entity_alias,
                **extra,
            }
        )

    def create(
        self,
        id: Optional[str] = None,
        role_name: Optional[str] = None,
        policies: Optional[List[str]] = None,
        meta: Optional[Dict[str, str]] = None,
        no_parent: bool = False,
        no_default_policy: bool = False,
        renewable: bool = True,
        ttl: Optional[Union[str, int]] = None,
        type: Optional[str] = None,
        explicit_max_ttl: Optional[Union[str, int]] = None,
        display_name: str = "token",
        num_uses: int = 0,
        period: Optional[Union[str, int]] = None,
        entity_alias: Optional[str] = None,
        wrap_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        lease: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create a token, a child of the calling token unless ``no_parent``.

        ``POST /v1/auth/{mount_point}/create`` or, with a role, ``POST /v1/auth/{mount_point}/create/{role_name}``

        :param id: the token's ID (root tokens only), else Vault generates one.
        :param role_name: token role to create the token against.
        :param policies: policies of the token (a subset of the caller's unless root).
        :param meta: metadata attached to the token (shown in audit logs).
        :param no_parent: create an orphan token (root or sudo only).
        :param no_default_policy: do not attach the ``default`` policy.
        :param renewable: whether the token can be renewed.
        :param ttl: initial TTL, e.g. ``"1h"``.
        :param type: ``"batch"`` or ``"service"``.
        :param explicit_max_ttl: hard upper limit of the token's lifetime.
        :param display_name: display name of the token.
        :param num_uses: maximum number of uses (0 = unlimited).
        :param period: make a periodic token with this period.
        :param entity_alias: entity alias to attach the token to (needs a role).
        :param wrap_ttl: wrap the answer in a response-wrapping token with this TTL.
        :param mount_point: where the token auth method is mounted.
        :param lease: deprecated name of ``ttl``, which the server reads first when both are given.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = self._creation_params(
            id, policies, meta, no_default_policy, renewable, ttl, type, explicit_max_ttl,
            display_name, num_uses, period, entity_alias, no_parent=no_parent, lease=lease,
        )
        if role_name is None:
            api_path = self._url(mount_point, "create")
        else:
            api_path = self._url(mount_point, "create/{role_name}", role_name=role_name)
        return self._adapter.post(url=api_path, json=params, wrap_ttl=wrap_ttl)

    def create_orphan(
        self,
        id: Optional[str] = None,
        role_name: Optional[str] = None,
        policies: Optional[List[str]] = None,
        meta: Optional[Dict[str, str]] = None,
        no_default_policy: bool = False,
        renewable: bool = True,
        ttl: Optional[Union[str, int]] = None,
        type: Optional[str] = None,
        explicit_max_ttl: Optional[Union[str, int]] = None,
        display_name: str = "token",
        num_uses: int = 0,
        period: Optional[Union[str, int]] = None,
        entity_alias: Optional[str] = None,
        wrap_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        lease: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create a token without a parent (it outlives the calling token).

        ``POST /v1/auth/{mount_point}/create-orphan``

        The parameters are those of :meth:`create`; ``role_name`` is sent in the body here.

        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = self._creation_params(
            id, policies, meta, no_default_policy, renewable, ttl, type, explicit_max_ttl,
            display_name, num_uses, period, entity_alias, role_name=role_name, lease=lease,
        )
        return self._adapter.post(url=self._url(mount_point, "create-orphan"), json=params, wrap_ttl=wrap_ttl)

    def list_accessors(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the accessors of every token (sudo).

        ``LIST /v1/auth/{mount_point}/accessors``

        :param mount_point: where the token auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=self._url(mount_point, "accessors"))

    def lookup(self, token: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up a token's properties.

        ``POST /v1/auth/{mount_point}/lookup``

        :param token: the token to look up.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when ``token`` is not a valid token ("bad token"), or the
            client's token may not look tokens up (403).
        """
        return self._adapter.post(url=self._url(mount_point, "lookup"), json={"token": token})

    def lookup_self(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up the calling token.

        ``GET /v1/auth/{mount_point}/lookup-self``

        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url(mount_point, "lookup-self"))

    def lookup_with_get(self, token: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up a token's properties with the GET form of :meth:`lookup` (for policies granting ``read`` only).

        ``GET /v1/auth/{mount_point}/lookup?token=...``

        The token travels in the URL, where proxies and access logs may record it: prefer :meth:`lookup`.

        :param token: the token to look up; the calling token when left out.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url(mount_point, "lookup"), params=utils.remove_nones({"token": token}))

    def lookup_self_with_post(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up the calling token with the POST form of :meth:`lookup_self` (for policies granting ``update`` only).

        ``POST /v1/auth/{mount_point}/lookup-self``

        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "lookup-self"))

    def lookup_accessor(self, accessor: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Look up a token's properties by its accessor (the token ID is not returned).

        ``POST /v1/auth/{mount_point}/lookup-accessor``

        :param accessor: the token's accessor.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "lookup-accessor"), json={"accessor": accessor})

    def renew(
        self,
        token: str,
        increment: Optional[Union[str, int]] = None,
        wrap_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Renew a token's lease.

        ``POST /v1/auth/{mount_point}/renew``

        :param token: the token to renew.
        :param increment: requested extension of the lease, e.g. ``"1h"`` or seconds.
        :param wrap_ttl: wrap the answer in a response-wrapping token with this TTL.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"token": token, "increment": increment})
        return self._adapter.post(url=self._url(mount_point, "renew"), json=params, wrap_ttl=wrap_ttl)

    def renew_self(
        self, increment: Optional[Union[str, int]] = None, wrap_ttl: Optional[Union[str, int]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Renew the calling token's lease.

        ``POST /v1/auth/{mount_point}/renew-self``

        :param increment: requested extension of the lease.
        :param wrap_ttl: wrap the answer in a response-wrapping token with this TTL.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"increment": increment})
        return self._adapter.post(url=self._url(mount_point, "renew-self"), json=params, wrap_ttl=wrap_ttl)

    def renew_accessor(
        self,
        accessor: str,
        increment: Optional[Union[str, int]] = None,
        wrap_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Renew a token's lease by its accessor.

        ``POST /v1/auth/{mount_point}/renew-accessor``

        :param accessor: the token's accessor.
        :param increment: requested extension of the lease.
        :param wrap_ttl: wrap the answer in a response-wrapping token with this TTL.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"accessor": accessor, "increment": increment})
        return self._adapter.post(url=self._url(mount_point, "renew-accessor"), json=params, wrap_ttl=wrap_ttl)

    def revoke(self, token: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke a token and all its children.

        ``POST /v1/auth/{mount_point}/revoke``

        :param token: the token to revoke.
        :param mount_point: where the token auth method is mounted.
        :return: the response of the request (an empty 204 ``requests.Response`` on success).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "revoke"), json={"token": token})

    def revoke_self(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke the calling token and all its children.

        ``POST /v1/auth/{mount_point}/revoke-self``

        :param mount_point: where the token auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "revoke-self"))

    def revoke_accessor(self, accessor: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke a token and its children by the token's accessor.

        ``POST /v1/auth/{mount_point}/revoke-accessor``

        :param accessor: the token's accessor.
        :param mount_point: where the token auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "revoke-accessor"), json={"accessor": accessor})

    def revoke_and_orphan_children(self, token: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Revoke a token but keep its children, which become orphans (root or sudo).

        ``POST /v1/auth/{mount_point}/revoke-orphan``

        :param token: the token to revoke.
        :param mount_point: where the token auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "revoke-orphan"), json={"token": token})

    def read_role(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a token role.

        ``GET /v1/auth/{mount_point}/roles/{role_name}``

        :param role_name: name of the role.
        :param mount_point: where the token auth method is mounted.
        :return: the decoded response, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=self._url(mount_point, "roles/{role_name}", role_name=role_name))

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the token roles.

        ``LIST /v1/auth/{mount_point}/roles``

        :param mount_point: where the token auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(url=self._url(mount_point, "roles"))

    @shared_field_docs
    def create_or_update_role(
        self,
        role_name: str,
        allowed_policies: Optional[List[str]] = None,
        disallowed_policies: Optional[List[str]] = None,
        orphan: bool = False,
        renewable: bool = True,
        path_suffix: Optional[str] = None,
        allowed_entity_aliases: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        token_period: Optional[Union[str, int]] = None,
        token_explicit_max_ttl: Optional[Union[str, int]] = None,
        *,
        allowed_policies_glob: Optional[List[str]] = None, disallowed_policies_glob: Optional[List[str]] = None,
        token_bound_cidrs: Optional[Union[str, List[str]]] = None,
        token_no_default_policy: Optional[bool] = None,
        token_num_uses: Optional[int] = None,
        token_type: Optional[str] = None,
        # deprecated names of token settings
        period: Optional[Union[str, int]] = None, explicit_max_ttl: Optional[Union[str, int]] = None,
        bound_cidrs: Optional[Union[str, List[str]]] = None,
    ) -> VaultResponse:
        """Create a token role, or update an existing one.

        ``POST /v1/auth/{mount_point}/roles/{role_name}``

        Token roles take six of the ``token_*`` settings (not the TTLs nor the policies, which the
        token creation sets), as keyword arguments.

        :param role_name: name of the role.
        :param allowed_policies: policies tokens of this role may have.
        :param disallowed_policies: policies tokens of this role may not have.
        :param orphan: tokens of this role are created without a parent.
        :param renewable: tokens of this role can be renewed.
        :param path_suffix: suffix appended to the tokens' creation path.
        :param allowed_entity_aliases: entity aliases tokens of this role may be attached to.
        :param mount_point: where the token auth method is mounted.
        :param allowed_policies_glob: glob patterns of the policies tokens of this role may have.
        :param disallowed_policies_glob: glob patterns of the policies tokens of this role may not have.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "allowed_policies": allowed_policies,
                "disallowed_policies": disallowed_policies,
                "orphan": orphan,
                "renewable": renewable,
                "path_suffix": path_suffix,
                "allowed_entity_aliases": allowed_entity_aliases,
                "token_period": token_period,
                "token_explicit_max_ttl": token_explicit_max_ttl,
                "allowed_policies_glob": allowed_policies_glob,
                "disallowed_policies_glob": disallowed_policies_glob,
                "token_bound_cidrs": token_bound_cidrs,
                "token_no_default_policy": token_no_default_policy,
                "token_num_uses": token_num_uses,
                "token_type": token_type,
                "period": period,
                "explicit_max_ttl": explicit_max_ttl,
                "bound_cidrs": bound_cidrs,
            }
        )
        return self._adapter.post(url=self._url(mount_point, "roles/{role_name}", role_name=role_name), json=params)

    def delete_role(self, role_name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a token role.

        ``DELETE /v1/auth/{mount_point}/roles/{role_name}``

        :param role_name: name of the role.
        :param mount_point: where the token auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=self._url(mount_point, "roles/{role_name}", role_name=role_name))

    def tidy(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Clean up the token store's leftover entries (sudo).

        ``POST /v1/auth/{mount_point}/tidy``

        :param mount_point: where the token auth method is mounted.
        :return: the decoded response (a warning about the background job), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=self._url(mount_point, "tidy"))

"""LDAP auth method: log in with the credentials of an LDAP directory."""
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.auth_methods._token_fields import shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ldap"


def _comma_joined_list_params(**lists: Optional[List[str]]) -> Dict[str, str]:
    """Check that each value is a list or None, and return the lists joined with commas.

    Checked in the order given, before anything is sent. Shared with the RADIUS auth method.

    :raises hvac.exceptions.ParamValidationError: for a value that is neither a list nor None.
    """
    for name, value in lists.items():
        if value is not None and not isinstance(value, list):
            raise exceptions.ParamValidationError(
                f'"{name}" argument must be an instance of list or None, "{type(value)}" provided.'
            )
    return {name: ",".join(value) for name, value in lists.items() if value is not None}


#: hvac 0.x's keyword names of :meth:`Ldap.configure`: modern name -> ((0.x name,), index in ``args``, self included).
_0X_CONFIGURE_NAMES = {
    "userdn": (("user_dn",), 1),
    "groupdn": (("group_dn",), 2),
    "binddn": (("bind_dn",), 10),
    "bindpass": (("bind_pass",), 11),
    "userattr": (("user_attr",), 12),
    "discoverdn": (("discover_dn",), 13),
    "upndomain": (("upn_domain",), 15),
    "groupfilter": (("group_filter",), 16),
    "groupattr": (("group_attr",), 17),
}


class Ldap(VaultApiBase[VaultResponse]):
    """LDAP auth method (users and groups of an LDAP directory, e.g. Active Directory).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/ldap
    """

    @utils.aliased_parameters(_0X_CONFIGURE_NAMES, removed_in_version="3.0.0")
    @shared_field_docs
    def configure(
        self,
        userdn: Optional[str] = None,
        groupdn: Optional[str] = None,
        url: Optional[str] = None,
        case_sensitive_names: Optional[bool] = None,
        starttls: Optional[bool] = None,
        tls_min_version: Optional[str] = None,
        tls_max_version: Optional[str] = None,
        insecure_tls: Optional[bool] = None,
        certificate: Optional[str] = None,
        binddn: Optional[str] = None,
        bindpass: Optional[str] = None,
        userattr: Optional[str] = None,
        discoverdn: Optional[bool] = None,
        deny_null_bind: bool = True,
        upndomain: Optional[str] = None,
        groupfilter: Optional[str] = None,
        groupattr: Optional[str] = None,
        use_token_groups: Optional[bool] = None,
        token_ttl: Optional[Union[str, int]] = None,
        token_max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        anonymous_group_search: Optional[bool] = None,
        client_tls_cert: Optional[str] = None,
        client_tls_key: Optional[str] = None,
        connection_timeout: Optional[Union[str, int]] = None,
        dereference_aliases: Optional[str] = None,
        max_page_size: Optional[int] = None,
        request_timeout: Optional[Union[str, int]] = None,
        token_bound_cidrs: Optional[List[str]] = None,
        token_explicit_max_ttl: Optional[Union[str, int]] = None,
        token_no_default_policy: Optional[bool] = None,
        token_num_uses: Optional[int] = None,
        token_period: Optional[Union[str, int]] = None,
        token_policies: Optional[List[str]] = None,
        token_type: Optional[str] = None,
        userfilter: Optional[str] = None,
        username_as_alias: Optional[bool] = None,
        use_pre111_group_cn_behavior: Optional[bool] = None,
    ) -> VaultResponse:
        """Configure how the method connects to the LDAP server and finds users and groups.

        ``POST /v1/auth/{mount_point}/config``

        Only the arguments that are not None are sent (``deny_null_bind`` defaults to True).
        hvac 0.x's keyword names (``user_dn``, ``group_dn``, ``bind_dn``, ``bind_pass``, ``user_attr``,
        ``discover_dn``, ``upn_domain``, ``group_filter``, ``group_attr``) are accepted too, each with a
        :class:`DeprecationWarning` (removal in 3.0.0); the request carries the modern field names.

        :param userdn: base DN under which users are searched.
        :param groupdn: base DN under which groups are searched.
        :param url: LDAP server URL(s), comma-separated for failover.
        :param case_sensitive_names: keep user and group names' case.
        :param starttls: issue a StartTLS command after connecting.
        :param tls_min_version: minimum TLS version (``tls10`` ... ``tls13``).
        :param tls_max_version: maximum TLS version.
        :param insecure_tls: skip the server certificate's verification.
        :param certificate: PEM CA certificate that verifies the LDAP server.
        :param binddn: DN used for user searches.
        :param bindpass: password of ``binddn``.
        :param userattr: attribute of user entries matched against the username.
        :param discoverdn: discover the user's bind DN with an anonymous search.
        :param deny_null_bind: refuse logins with an empty password.
        :param upndomain: userPrincipalDomain used to build ``user@upndomain``.
        :param groupfilter: Go template of the group membership query.
        :param groupattr: attribute of group entries naming the group.
        :param use_token_groups: use Active Directory's tokenGroups attribute.
        :param mount_point: where the auth method is mounted.
        :param anonymous_group_search: search groups anonymously.
        :param client_tls_cert: client certificate presented to the LDAP server.
        :param client_tls_key: key of ``client_tls_cert``.
        :param connection_timeout: timeout of the connection to the server.
        :param dereference_aliases: alias dereferencing (``never``, ``finding``, ``searching``, ``always``).
        :param max_page_size: page size of paged searches.
        :param request_timeout: timeout of each request to the server.
        :param userfilter: Go template of the user search query.
        :param username_as_alias: use the login username as the entity alias name.
        :param use_pre111_group_cn_behavior: match group CNs the way Vault did before 1.1.1, for
            configurations that date from then (Vault only).
        :return: the response of the request.
        """
        params = utils.remove_nones(
            {
                "userdn": userdn,
                "groupdn": groupdn,
                "url": url,
                "case_sensitive_names": case_sensitive_names,
                "starttls": starttls,
                "tls_min_version": tls_min_version,
                "tls_max_version": tls_max_version,
                "insecure_tls": insecure_tls,
                "certificate": certificate,
                "binddn": binddn,
                "bindpass": bindpass,
                "userattr": userattr,
                "discoverdn": discoverdn,
                "deny_null_bind": deny_null_bind,
                "upndomain": upndomain,
                "groupfilter": groupfilter,
                "groupattr": groupattr,
                "use_token_groups": use_token_groups,
                "token_ttl": token_ttl,
                "token_max_ttl": token_max_ttl,
                "anonymous_group_search": anonymous_group_search,
                "client_tls_cert": client_tls_cert,
                "client_tls_key": client_tls_key,
                "connection_timeout": connection_timeout,
                "dereference_aliases": dereference_aliases,
                "max_page_size": max_page_size,
                "request_timeout": request_timeout,
                "token_bound_cidrs": token_bound_cidrs,
                "token_explicit_max_ttl": token_explicit_max_ttl,
                "token_no_default_policy": token_no_default_policy,
                "token_num_uses": token_num_uses,
                "token_period": token_period,
                "token_policies": token_policies,
                "token_type": token_type,
                "userfilter": userfilter,
                "username_as_alias": username_as_alias,
                "use_pre111_group_cn_behavior": use_pre111_group_cn_behavior,
            }
        )
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the method's configuration (the bind password is not returned).

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def create_or_update_group(
        self, name: str, policies: Optional[List[str]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Map an LDAP group to policies.

        ``POST /v1/auth/{mount_point}/groups/{name}``

        :param name: name of the LDAP group.
        :param policies: policies granted to the group's members (a list, sent comma-joined).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` is not a list or None.
        """
        params = _comma_joined_list_params(policies=policies)
        return self._adapter.post(url=self._group_path(mount_point, name), json=params)

    def list_groups(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the LDAP groups mapped to policies.

        ``LIST /v1/auth/{mount_point}/groups``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/groups", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def read_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the policies mapped to an LDAP group.

        ``GET /v1/auth/{mount_point}/groups/{name}`` (the name is also sent as a JSON body).

        :param name: name of the LDAP group.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._group_path(mount_point, name), json={"name": name})

    def delete_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove an LDAP group's policy mapping.

        ``DELETE /v1/auth/{mount_point}/groups/{name}``

        :param name: name of the LDAP group.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=self._group_path(mount_point, name))

    def create_or_update_user(
        self,
        username: str,
        policies: Optional[List[str]] = None,
        groups: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Map an LDAP user to policies and extra groups.

        ``POST /v1/auth/{mount_point}/users/{username}``

        :param username: name of the LDAP user.
        :param policies: policies granted to the user (a list, sent comma-joined).
        :param groups: groups the user is added to, besides the LDAP ones (a list, sent comma-joined).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``policies`` or ``groups`` is not a list or None.
        """
        params = _comma_joined_list_params(policies=policies, groups=groups)
        return self._adapter.post(url=self._user_path(mount_point, username), json=params)

    def list_users(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the LDAP users mapped to policies.

        ``LIST /v1/auth/{mount_point}/users``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/users", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def read_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an LDAP user's mapping.

        ``GET /v1/auth/{mount_point}/users/{username}``

        :param username: name of the LDAP user.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._user_path(mount_point, username))

    def delete_user(self, username: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove an LDAP user's mapping.

        ``DELETE /v1/auth/{mount_point}/users/{username}``

        :param username: name of the LDAP user.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=self._user_path(mount_point, username))

    def login(
        self, username: str, password: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Log in with LDAP credentials.

        ``POST /v1/auth/{mount_point}/login/{username}``

        :param username: LDAP username.
        :param password: LDAP password.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/auth/{mount_point}/login/{username}", mount_point=mount_point, username=username)
        return self._adapter.login(url=api_path, use_token=use_token, json={"password": password})

    @staticmethod
    def _group_path(mount_point: str, name: str) -> str:
        return utils.format_url("/v1/auth/{mount_point}/groups/{name}", mount_point=mount_point, name=name)

    @staticmethod
    def _user_path(mount_point: str, username: str) -> str:
        return utils.format_url("/v1/auth/{mount_point}/users/{username}", mount_point=mount_point, username=username)

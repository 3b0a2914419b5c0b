"""Kerberos auth method: principals of a Kerberos realm log in with a SPNEGO token."""
from typing import Optional

from hvac import utils
from hvac.api.auth_methods._token_fields import Duration, StrList, TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "kerberos"


def _url(template: str, mount_point: str, **parts: str) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **parts)


class Kerberos(VaultApiBase[VaultResponse]):
    """Kerberos auth method (Vault only; OpenBao does not ship it).

    Vault checks the SPNEGO token with its service account's keytab, then looks the user up in
    LDAP (:meth:`configure_ldap`) to find the groups whose policies apply.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/kerberos
    """

    def configure(
        self,
        keytab: str,
        service_account: str,
        remove_instance_name: Optional[bool] = None,
        add_group_aliases: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the service account and its keytab.

        ``POST /v1/auth/{mount_point}/config``

        :param keytab: the keytab of the service account, base64-encoded.
        :param service_account: the service account's principal (e.g. ``vault_svc``).
        :param remove_instance_name: drop the instance part (``/host``) of the keytab's principal names.
        :param add_group_aliases: add the user's LDAP groups to the login as group aliases.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses a value (a keytab it cannot read...).
        """
        options = {"remove_instance_name": remove_instance_name, "add_group_aliases": add_group_aliases}
        body = {"keytab": keytab, "service_account": service_account, **utils.remove_nones(options)}
        return self._adapter.post(url=_url("config", mount_point), json=body)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (without the keytab).

        ``GET /v1/auth/{mount_point}/config``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.service_account``...), or the requests.Response.
        """
        return self._adapter.get(url=_url("config", mount_point))

    @shared_field_docs
    def configure_ldap(
        self,
        url: Optional[str] = None,
        *,
        starttls: Optional[bool] = None,
        insecure_tls: Optional[bool] = None,
        certificate: Optional[str] = None,
        client_tls_cert: Optional[str] = None,
        client_tls_key: Optional[str] = None,
        tls_min_version: Optional[str] = None,
        tls_max_version: Optional[str] = None,
        connection_timeout: Optional[Duration] = None,
        request_timeout: Optional[Duration] = None,
        binddn: Optional[str] = None,
        bindpass: Optional[str] = None,
        discoverdn: Optional[bool] = None,
        deny_null_bind: Optional[bool] = None,
        upndomain: Optional[str] = None,
        userdn: Optional[str] = None,
        userattr: Optional[str] = None,
        userfilter: Optional[str] = None,
        username_as_alias: Optional[bool] = None,
        case_sensitive_names: Optional[bool] = None,
        groupdn: Optional[str] = None,
        groupfilter: Optional[str] = None,
        groupattr: Optional[str] = None,
        anonymous_group_search: Optional[bool] = None,
        use_token_groups: Optional[bool] = None,
        use_pre111_group_cn_behavior: Optional[bool] = None,
        dereference_aliases: Optional[str] = None,
        max_page_size: Optional[int] = None,
        token_fields: Optional[TokenFields] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Configure the LDAP server where users' groups are looked up, and the tokens issued.

        ``POST /v1/auth/{mount_point}/config/ldap``

        Only the arguments given are sent; Vault keeps its defaults for the others. Every argument
        but ``url`` is keyword-only.

        :param url: LDAP URL(s), comma-separated, tried in order (Vault's default: ``ldap://127.0.0.1``).
        :param starttls: send StartTLS after connecting over plain LDAP.
        :param insecure_tls: do not verify the server's certificate (unsafe).
        :param certificate: PEM CA certificate the server's certificate must chain to.
        :param client_tls_cert: PEM client certificate presented to the server.
        :param client_tls_key: PEM key of ``client_tls_cert``.
        :param tls_min_version: lowest TLS version accepted: ``tls10``, ``tls11``, ``tls12`` or ``tls13``.
        :param tls_max_version: highest TLS version accepted, same values.
        :param connection_timeout: how long to wait for a server before trying the next URL.
        :param request_timeout: how long to wait for the answer to each request.
        :param binddn: DN Vault binds as to search.
        :param bindpass: password of ``binddn``.
        :param discoverdn: find the user's DN with an anonymous search first.
        :param deny_null_bind: refuse binds with an empty password (Vault's default: true).
        :param upndomain: domain of the ``user@domain`` userPrincipalName to bind as.
        :param userdn: base DN of the users.
        :param userattr: attribute holding the username (e.g. ``samaccountname``).
        :param userfilter: Go template of the user search filter.
        :param username_as_alias: name the entity alias after the username instead of the principal.
        :param case_sensitive_names: compare user and group names case-sensitively.
        :param groupdn: base DN of the group search.
        :param groupfilter: Go template of the group search filter.
        :param groupattr: attribute of the group entries that names a group (e.g. ``cn``, ``memberOf``).
        :param anonymous_group_search: search groups with an anonymous bind.
        :param use_token_groups: find groups (nested ones too) through Active Directory's ``tokenGroups``.
        :param use_pre111_group_cn_behavior: match group names as Vault did before 1.1.1.
        :param dereference_aliases: ``never``, ``finding``, ``searching`` or ``always``.
        :param max_page_size: page size of paged searches (0: no paging).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: when ``token_fields`` is not a dict of token settings.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses a value.
        """
        ldap = utils.remove_nones({
            "url": url, "starttls": starttls, "insecure_tls": insecure_tls, "certificate": certificate,
            "client_tls_cert": client_tls_cert, "client_tls_key": client_tls_key,
            "tls_min_version": tls_min_version, "tls_max_version": tls_max_version,
            "connection_timeout": connection_timeout, "request_timeout": request_timeout,
            "binddn": binddn, "bindpass": bindpass, "discoverdn": discoverdn, "deny_null_bind": deny_null_bind,
            "upndomain": upndomain, "userdn": userdn, "userattr": userattr, "userfilter": userfilter,
            "username_as_alias": username_as_alias, "case_sensitive_names": case_sensitive_names,
            "groupdn": groupdn, "groupfilter": groupfilter, "groupattr": groupattr,
            "anonymous_group_search": anonymous_group_search, "use_token_groups": use_token_groups,
            "use_pre111_group_cn_behavior": use_pre111_group_cn_behavior,
            "dereference_aliases": dereference_aliases, "max_page_size": max_page_size,
        })
        return self._adapter.post(url=_url("config/ldap", mount_point), json=with_token_fields(ldap, token_fields))

    def read_ldap_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the LDAP configuration (without ``bindpass``).

        ``GET /v1/auth/{mount_point}/config/ldap``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data``), or the requests.Response.
        """
        return self._adapter.get(url=_url("config/ldap", mount_point))

    def create_or_update_group(
        self, name: str, policies: Optional[StrList] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Grant policies to the members of an LDAP group.

        ``POST /v1/auth/{mount_point}/groups/{name}``

        :param name: the LDAP group.
        :param policies: the policies (a list, or one comma-delimited string).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        body = utils.remove_nones({"policies": policies})
        return self._adapter.post(url=_url("groups/{name}", mount_point, name=name), json=body)

    def read_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the policies of an LDAP group.

        ``GET /v1/auth/{mount_point}/groups/{name}``

        :param name: the LDAP group.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.policies``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when the group has no entry.
        """
        return self._adapter.get(url=_url("groups/{name}", mount_point, name=name))

    def list_groups(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the LDAP groups that have policies.

        ``LIST /v1/auth/{mount_point}/groups``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is no group.
        """
        return self._adapter.list(url=_url("groups", mount_point))

    def delete_group(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the policies of an LDAP group.

        ``DELETE /v1/auth/{mount_point}/groups/{name}``

        :param name: the LDAP group.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("groups/{name}", mount_point, name=name))

    def login(
        self, authorization: str, use_token: bool = True, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Log in with a SPNEGO token for the service account's principal.

        ``POST /v1/auth/{mount_point}/login``

        The token comes from the user's Kerberos credentials (a GSSAPI library such as
        ``pyspnego`` or ``gssapi`` makes it); it is sent as the body's ``authorization``, which
        Vault reads when the request has no ``Authorization`` header.

        :param authorization: the value of an HTTP ``Authorization`` header: ``Negotiate <base64 token>``.
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        :raises hvac.exceptions.VaultError: when Vault refuses the token (``401``,
            :class:`~hvac.exceptions.Unauthorized`, when the value is not a ``Negotiate`` one).
        """
        body = {"authorization": authorization}
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=body)

    def login_challenge(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Start a SPNEGO exchange the way a browser does: Vault answers with the ``Negotiate`` challenge.

        ``GET /v1/auth/{mount_point}/login``

        Vault's answer is always ``401`` with a ``WWW-Authenticate: Negotiate`` header; a client
        that has Kerberos credentials then calls :meth:`login`.

        :param mount_point: where the auth method is mounted.
        :return: the answer, only when the adapter returns errors (``ignore_exceptions=True``).
        :raises hvac.exceptions.Unauthorized: otherwise, always (the challenge is a ``401``).
        """
        return self._adapter.get(url=_url("login", mount_point))

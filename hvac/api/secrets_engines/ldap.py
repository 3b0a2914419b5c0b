"""LDAP secrets engine: static roles whose LDAP passwords Vault rotates, dynamic roles that create
LDAP entries on request, and libraries of service accounts that are checked out and in."""
from typing import Any, Dict, List, Optional, Union

from hvac import utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

DEFAULT_MOUNT_POINT = "ldap"

_Duration = Union[str, int]


class Ldap(VaultApiBase[VaultResponse]):
    """LDAP secrets engine (``/v1/{mount_point}/...``; Vault only, OpenBao does not ship it).

    Reference: https://developer.hashicorp.com/vault/api-docs/secret/ldap
    """

    @staticmethod
    def _url(template: str, mount_point: str, **kwargs: Any) -> str:
        return utils.format_url("/v1/{mount_point}/" + template, mount_point=mount_point, **kwargs)

    def configure(
        self,
        binddn: Optional[str] = None,
        bindpass: Optional[str] = None,
        url: Optional[str] = None,
        password_policy: Optional[str] = None,
        schema: Optional[str] = None,
        userdn: Optional[str] = None,
        userattr: Optional[str] = None,
        upndomain: Optional[str] = None,
        connection_timeout: Optional[_Duration] = None,
        request_timeout: Optional[_Duration] = None,
        starttls: Optional[bool] = None,
        insecure_tls: Optional[bool] = None,
        certificate: Optional[str] = None,
        client_tls_cert: Optional[str] = None,
        client_tls_key: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        ttl: Optional[_Duration] = None,
        max_ttl: Optional[_Duration] = None,
        length: Optional[int] = None,
        tls_min_version: Optional[str] = None,
        tls_max_version: Optional[str] = None,
        userfilter: Optional[str] = None,
        discoverdn: Optional[bool] = None,
        deny_null_bind: Optional[bool] = None,
        anonymous_group_search: Optional[bool] = None,
        groupdn: Optional[str] = None,
        groupfilter: Optional[str] = None,
        groupattr: Optional[str] = None,
        use_token_groups: Optional[bool] = None,
        case_sensitive_names: Optional[bool] = None,
        username_as_alias: Optional[bool] = None,
        use_pre111_group_cn_behavior: Optional[bool] = None,
        dereference_aliases: Optional[str] = None,
        max_page_size: Optional[int] = None,
    ) -> VaultResponse:
        """Set how Vault connects to the LDAP server; only the given fields are sent.

        ``POST /v1/{mount_point}/config``

        :param binddn: DN Vault binds as.
        :param bindpass: password of ``binddn``.
        :param url: LDAP URL(s), comma-separated.
        :param password_policy: name of the password policy for generated passwords.
        :param schema: ``openldap``, ``racf`` or ``ad``.
        :param userdn: base DN of user entries.
        :param userattr: attribute holding the username.
        :param upndomain: userPrincipalName domain suffix.
        :param connection_timeout: seconds to wait when connecting.
        :param request_timeout: seconds to wait for an answer.
        :param starttls: upgrade the connection with StartTLS.
        :param insecure_tls: skip TLS certificate verification.
        :param certificate: PEM CA certificate of the server.
        :param client_tls_cert: PEM client certificate.
        :param client_tls_key: PEM key of the client certificate.
        :param mount_point: path the engine is mounted at.
        :param ttl: default lifetime of the passwords Vault sets.
        :param max_ttl: maximum lifetime of the passwords Vault sets.
        :param length: length of generated passwords (deprecated by Vault: use ``password_policy``).
        :param tls_min_version: lowest TLS version: ``tls10``, ``tls11``, ``tls12`` or ``tls13``.
        :param tls_max_version: highest TLS version, same values.
        :param userfilter: Go template of the user search filter (``{{.UserAttr}}``, ``{{.Username}}``).
        :param discoverdn: find the bind DN of a user with an anonymous search.
        :param deny_null_bind: refuse binds with an empty password (Vault's default: true).
        :param anonymous_group_search: search groups with an anonymous bind.
        :param groupdn: base DN of group searches.
        :param groupfilter: Go template of the group membership filter.
        :param groupattr: attribute of a group entry that names the group.
        :param use_token_groups: read Active Directory's ``tokenGroups`` to find the groups.
        :param case_sensitive_names: compare user and group names case-sensitively.
        :param username_as_alias: use the username as the alias name.
        :param use_pre111_group_cn_behavior: match group CNs the way Vault did before 1.1.1.
        :param dereference_aliases: ``never``, ``finding``, ``searching`` or ``always``.
        :param max_page_size: page size of paged searches (0: no paging).
        :return: the decoded response, or the requests.Response (204).
        """
        return self._adapter.post(url=self._url("config", mount_point), json=utils.given_fields(locals()))

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (the bind password is never returned).

        ``GET /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def delete_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the connection configuration.

        ``DELETE /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("config", mount_point))

    def rotate_root(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the bind password with one only Vault knows.

        ``POST /v1/{mount_point}/rotate-root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/rotate-root", mount_point=mount_point)
        return self._adapter.post(url=api_path)

    # --- static roles ---------------------------------------------------------------------

    def create_or_update_static_role(
        self,
        name: str,
        username: Optional[str] = None,
        dn: Optional[str] = None,
        rotation_period: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a static role; ``username`` and ``rotation_period`` are always sent.

        ``POST /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param username: LDAP username of the managed entry.
        :param dn: distinguished name of the entry (sent only when given).
        :param rotation_period: how often Vault rotates the password, e.g. ``"24h"``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"username": username, "rotation_period": rotation_period}
        params.update(utils.remove_nones({"dn": dn}))
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def read_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a static role.

        ``GET /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_static_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the static role names.

        ``LIST /v1/{mount_point}/static-role``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a static role (the LDAP entry is left as it is).

        ``DELETE /v1/{mount_point}/static-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the current password of a static role.

        ``GET /v1/{mount_point}/static-cred/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.password`` ...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-cred/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def rotate_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Rotate a static role's password now.

        ``POST /v1/{mount_point}/rotate-role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/rotate-role/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path)

    # --- dynamic roles: an LDAP entry created per credential request --------------------------

    def create_or_update_dynamic_role(
        self,
        name: str,
        creation_ldif: str,
        deletion_ldif: str,
        rollback_ldif: Optional[str] = None,
        username_template: Optional[str] = None,
        default_ttl: Optional[_Duration] = None,
        max_ttl: Optional[_Duration] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or replace a dynamic role: the LDIF that creates, deletes and rolls back its entries.

        ``POST /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param creation_ldif: templated LDIF that creates the entry (``{{.Username}}``, ``{{.Password}}``).
        :param deletion_ldif: templated LDIF that removes it when the lease ends.
        :param rollback_ldif: templated LDIF run when the creation fails half-way.
        :param username_template: template of the generated usernames.
        :param default_ttl: default lease of the credentials.
        :param max_ttl: maximum lease of the credentials.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        fields = utils.given_fields(locals(), "name")
        return self._adapter.post(url=self._url("role/{name}", mount_point, name=name), json=fields)

    def read_dynamic_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a dynamic role's LDIF templates and leases.

        ``GET /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.creation_ldif`` ...), or the requests.Response.
        """
        return self._adapter.get(url=self._url("role/{name}", mount_point, name=name))

    def list_dynamic_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the dynamic role names.

        ``LIST /v1/{mount_point}/role``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("role", mount_point))

    def delete_dynamic_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a dynamic role (entries of leases still running are removed when they end).

        ``DELETE /v1/{mount_point}/role/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("role/{name}", mount_point, name=name))

    def generate_dynamic_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Create an LDAP entry from a dynamic role and return its credentials under a lease.

        ``GET /v1/{mount_point}/creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.username``, ``data.password``, ``data.distinguished_names``,
            ``lease_id``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("creds/{name}", mount_point, name=name))

    # --- service account libraries: check-out and check-in ------------------------------------

    def create_or_update_library_set(
        self,
        name: str,
        service_account_names: List[str],
        ttl: Optional[_Duration] = None,
        max_ttl: Optional[_Duration] = None,
        disable_check_in_enforcement: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a library set: service accounts lent out one caller at a time.

        ``POST /v1/{mount_point}/library/{name}``

        :param name: the set's name.
        :param service_account_names: the accounts of the set (they must exist in the directory).
        :param ttl: how long a check-out lasts (Vault's default: 24h).
        :param max_ttl: how long renewals may extend a check-out (Vault's default: 24h).
        :param disable_check_in_enforcement: let any caller, not only the borrower, check an account in.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        fields = utils.given_fields(locals(), "name")
        return self._adapter.post(url=self._url("library/{name}", mount_point, name=name), json=fields)

    def read_library_set(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a library set: its accounts and check-out settings.

        ``GET /v1/{mount_point}/library/{name}``

        :param name: the set's name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url("library/{name}", mount_point, name=name))

    def list_library_sets(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the library set names.

        ``LIST /v1/{mount_point}/library``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url("library", mount_point))

    def delete_library_set(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a library set; Vault refuses while one of its accounts is checked out.

        ``DELETE /v1/{mount_point}/library/{name}``

        :param name: the set's name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._url("library/{name}", mount_point, name=name))

    def check_out_service_account(
        self, name: str, ttl: Optional[_Duration] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Borrow an available account of a library set; Vault sets a new password for it.

        ``POST /v1/{mount_point}/library/{name}/check-out``

        :param name: the set's name.
        :param ttl: how long the check-out lasts, at most the set's ``ttl``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.service_account_name``, ``data.password``, ``lease_id``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when every account of the set is checked out (400).
        """
        api_path = self._url("library/{name}/check-out", mount_point, name=name)
        return self._adapter.post(url=api_path, json=utils.remove_nones({"ttl": ttl}))

    def check_in_service_accounts(
        self,
        name: str,
        service_account_names: Optional[List[str]] = None,
        force: bool = False,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Return borrowed accounts to their library set (Vault rotates their passwords).

        ``POST /v1/{mount_point}/library/{name}/check-in``, or with ``force``
        ``POST /v1/{mount_point}/library/manage/{name}/check-in``

        :param name: the set's name.
        :param service_account_names: the accounts to check in; omitted, the one the caller holds.
        :param force: check the accounts in whoever borrowed them (the ``manage`` path, for operators).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.check_ins``), or the requests.Response.
        """
        template = "library/manage/{name}/check-in" if force else "library/{name}/check-in"
        params = utils.remove_nones({"service_account_names": service_account_names})
        return self._adapter.post(url=self._url(template, mount_point, name=name), json=params)

    def read_library_status(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Tell, per account of a library set, whether it is available or who borrowed it.

        ``GET /v1/{mount_point}/library/{name}/status``

        :param name: the set's name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (account name -> ``available``, ``borrower_client_token`` ...),
            or the requests.Response.
        """
        return self._adapter.get(url=self._url("library/{name}/status", mount_point, name=name))

"""Google Cloud secrets engine: OAuth2 tokens and service account keys."""
import json
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.gcp import (
    ALLOWED_SECRETS_TYPES,
    DEFAULT_MOUNT_POINT,
    SERVICE_ACCOUNT_KEY_ALGORITHMS,
    SERVICE_ACCOUNT_KEY_TYPES,
)

_Bindings = Union[str, Dict[str, Any]]


def _check_secret_type(secret_type: Optional[str]) -> None:
    if secret_type is not None and secret_type not in ALLOWED_SECRETS_TYPES:
        raise exceptions.ParamValidationError(
            f'unsupported secret_type argument provided "{secret_type}", '
            f'supported types: "{",".join(ALLOWED_SECRETS_TYPES)}"'
        )


def _check_method(method: str) -> None:
    if method not in ("POST", "GET"):
        raise exceptions.ParamValidationError(
            f'"method" parameter provided invalid value; POST or GET allowed, "{method}" provided'
        )


def _bindings_text(bindings: Optional[_Bindings]) -> Optional[str]:
    # Vault takes bindings as an HCL/JSON string; a dict is sent as compact JSON.
    if isinstance(bindings, dict):
        return json.dumps(bindings).replace(" ", "")
    return bindings


class Gcp(VaultApiBase[VaultResponse]):
    """Google Cloud secrets engine (``/v1/{mount_point}/...``)."""

    def configure(
        self,
        credentials: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        max_ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Set the credentials Vault uses to call Google Cloud, and the default leases.

        ``POST /v1/{mount_point}/config``

        :param credentials: JSON service account key (Vault falls back to application default credentials).
        :param ttl: default lease of generated secrets.
        :param max_ttl: maximum lease of generated secrets.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params = utils.remove_nones({"credentials": credentials, "ttl": ttl, "max_ttl": max_ttl})
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def rotate_root_credentials(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the key of the configured service account.

        ``POST /v1/{mount_point}/config/rotate-root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config/rotate-root", mount_point=mount_point)
        return self._adapter.post(url=api_path)

    def read_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the configuration (the credentials are never returned).

        ``GET /v1/{mount_point}/config``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    # --- rolesets -------------------------------------------------------------------------

    def create_or_update_roleset(
        self,
        name: str,
        project: str,
        bindings: _Bindings,
        secret_type: Optional[str] = None,
        token_scopes: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a roleset (a service account Vault manages, with IAM bindings).

        ``POST /v1/{mount_point}/roleset/{name}``

        :param name: roleset name.
        :param project: GCP project of the service account.
        :param bindings: IAM bindings, an HCL/JSON string or a dict (sent as compact JSON).
        :param secret_type: ``access_token`` or ``service_account_key``.
        :param token_scopes: OAuth scopes (``access_token`` rolesets).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``secret_type``.
        """
        _check_secret_type(secret_type)
        params: Dict[str, Any] = {"project": project, "bindings": _bindings_text(bindings)}
        params.update(utils.remove_nones({"secret_type": secret_type, "token_scopes": token_scopes}))
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def rotate_roleset_account(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the roleset's service account (and revoke what it issued).

        ``POST /v1/{mount_point}/roleset/{name}/rotate``

        :param name: roleset name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}/rotate", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path)

    def rotate_roleset_account_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the key Vault uses to mint access tokens for an ``access_token`` roleset.

        ``POST /v1/{mount_point}/roleset/{name}/rotate-key``

        :param name: roleset name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}/rotate-key", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path)

    def read_roleset(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a roleset.

        ``GET /v1/{mount_point}/roleset/{name}``

        :param name: roleset name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_rolesets(self, mount_point: str = DEFAULT_MOUNT_POINT, *, singular: bool = False) -> VaultResponse:
        """List the roleset names.

        ``LIST /v1/{mount_point}/rolesets`` (or ``roleset``)

        :param mount_point: path the engine is mounted at.
        :param singular: list through ``roleset/``, the same list under the other spelling Vault
            serves (for ACL policies written for that path).
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._list("roleset" if singular else "rolesets", mount_point)

    def delete_roleset(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a roleset and its service account.

        ``DELETE /v1/{mount_point}/roleset/{name}``

        :param name: roleset name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_oauth2_access_token(
        self, roleset: str, mount_point: str = DEFAULT_MOUNT_POINT, *, method: str = "GET"
    ) -> VaultResponse:
        """Get an OAuth2 access token from an ``access_token`` roleset, through the older path
        (:meth:`generate_roleset_oauth2_access_token` uses the current one).

        ``GET /v1/{mount_point}/token/{roleset}`` (or ``POST``)

        :param roleset: roleset name.
        :param mount_point: path the engine is mounted at.
        :param method: ``GET`` or ``POST`` (Vault answers both alike).
        :return: the decoded response (``data.token``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``.
        """
        api_path = utils.format_url("/v1/{mount_point}/token/{roleset}", mount_point=mount_point, roleset=roleset)
        return self._token(api_path, method)

    def generate_service_account_key(
        self,
        roleset: str,
        key_algorithm: str = "KEY_ALG_RSA_2048",
        key_type: str = "TYPE_GOOGLE_CREDENTIALS_FILE",
        method: str = "POST",
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create a service account key from a ``service_account_key`` roleset, through the older
        path (:meth:`generate_roleset_service_account_key` uses the current one).

        ``POST /v1/{mount_point}/key/{roleset}`` (or ``GET``, which takes only ``ttl``)

        :param roleset: roleset name.
        :param key_algorithm: one of ``SERVICE_ACCOUNT_KEY_ALGORITHMS`` (POST only).
        :param key_type: one of ``SERVICE_ACCOUNT_KEY_TYPES`` (POST only).
        :param method: ``POST`` or ``GET``.
        :param mount_point: path the engine is mounted at.
        :param ttl: lifetime of the key's lease (in the body, or the query with GET).
        :return: the decoded response (``data.private_key_data``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for a bad ``method``, or with POST a bad key algorithm/type.
        """
        api_path = utils.format_url("/v1/{mount_point}/key/{roleset}", mount_point=mount_point, roleset=roleset)
        return self._generate_key_as_hvac(api_path, key_algorithm, key_type, method, ttl)

    def generate_roleset_service_account_key(
        self,
        name: str,
        key_algorithm: Optional[str] = None,
        key_type: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        method: str = "POST",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a service account key from a ``service_account_key`` roleset; only the given options are sent.

        ``POST /v1/{mount_point}/roleset/{name}/key`` (or ``GET``, with the options in the query)

        :param name: roleset name.
        :param key_algorithm: one of ``SERVICE_ACCOUNT_KEY_ALGORITHMS`` (Vault's default ``KEY_ALG_RSA_2048``).
        :param key_type: one of ``SERVICE_ACCOUNT_KEY_TYPES`` (Vault's default ``TYPE_GOOGLE_CREDENTIALS_FILE``).
        :param ttl: lifetime of the key's lease.
        :param method: ``POST`` or ``GET``.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.private_key_data``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for a bad ``method``, key algorithm or key type.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}/key", mount_point=mount_point, name=name)
        return self._generate_key(api_path, method, key_algorithm, key_type, ttl)

    def generate_roleset_oauth2_access_token(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT, *, method: str = "GET"
    ) -> VaultResponse:
        """Get an OAuth2 access token from an ``access_token`` roleset, at the roleset's own path
        (where static and impersonated accounts have theirs too).

        ``GET /v1/{mount_point}/roleset/{name}/token`` (or ``POST``)

        :param name: roleset name.
        :param mount_point: path the engine is mounted at.
        :param method: ``GET`` or ``POST``: Vault answers both alike, so the verb only matters to
            ACL policies and proxies that tell them apart.
        :return: the decoded response (``data.token``, ``data.token_ttl``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``.
        """
        api_path = utils.format_url("/v1/{mount_point}/roleset/{name}/token", mount_point=mount_point, name=name)
        return self._token(api_path, method)

    # --- static accounts ------------------------------------------------------------------

    def create_or_update_static_account(
        self,
        name: str,
        service_account_email: str,
        bindings: Optional[_Bindings] = None,
        secret_type: Optional[str] = None,
        token_scopes: Optional[List[str]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a static account (an existing service account Vault issues secrets for).

        ``POST /v1/{mount_point}/static-account/{name}``

        :param name: static account name.
        :param service_account_email: email of the existing service account.
        :param bindings: IAM bindings, an HCL/JSON string or a dict (sent as compact JSON).
        :param secret_type: ``access_token`` or ``service_account_key``.
        :param token_scopes: OAuth scopes (``access_token`` accounts).
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``secret_type``.
        """
        _check_secret_type(secret_type)
        params: Dict[str, Any] = {"service_account_email": service_account_email}
        params.update(
            utils.remove_nones(
                {"bindings": _bindings_text(bindings), "secret_type": secret_type, "token_scopes": token_scopes}
            )
        )
        api_path = utils.format_url("/v1/{mount_point}/static-account/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=params)

    def rotate_static_account_key(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the key Vault uses to mint access tokens for a static account.

        ``POST /v1/{mount_point}/static-account/{name}/rotate-key``

        :param name: static account name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/static-account/{name}/rotate-key", mount_point=mount_point, name=name
        )
        return self._adapter.post(url=api_path)

    def read_static_account(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a static account.

        ``GET /v1/{mount_point}/static-account/{name}``

        :param name: static account name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-account/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_static_accounts(self, mount_point: str = DEFAULT_MOUNT_POINT, *, singular: bool = False) -> VaultResponse:
        """List the static account names.

        ``LIST /v1/{mount_point}/static-accounts`` (or ``static-account``)

        :param mount_point: path the engine is mounted at.
        :param singular: list through ``static-account/``, the same list under the other spelling Vault
            serves (for ACL policies written for that path).
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._list("static-account" if singular else "static-accounts", mount_point)

    def delete_static_account(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a static account (the service account itself is kept).

        ``DELETE /v1/{mount_point}/static-account/{name}``

        :param name: static account name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-account/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_static_account_oauth2_access_token(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT, *, method: str = "GET"
    ) -> VaultResponse:
        """Get an OAuth2 access token from an ``access_token`` static account.

        ``GET /v1/{mount_point}/static-account/{name}/token`` (or ``POST``)

        :param name: static account name.
        :param mount_point: path the engine is mounted at.
        :param method: ``GET`` or ``POST`` (Vault answers both alike).
        :return: the decoded response (``data.token``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/static-account/{name}/token", mount_point=mount_point, name=name
        )
        return self._token(api_path, method)

    def generate_static_account_service_account_key(
        self,
        name: str,
        key_algorithm: str = "KEY_ALG_RSA_2048",
        key_type: str = "TYPE_GOOGLE_CREDENTIALS_FILE",
        method: str = "POST",
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        ttl: Optional[Union[str, int]] = None,
    ) -> VaultResponse:
        """Create a service account key from a ``service_account_key`` static account.

        ``POST /v1/{mount_point}/static-account/{name}/key`` (or ``GET``, which takes only ``ttl``)

        :param name: static account name.
        :param key_algorithm: one of ``SERVICE_ACCOUNT_KEY_ALGORITHMS`` (POST only).
        :param key_type: one of ``SERVICE_ACCOUNT_KEY_TYPES`` (POST only).
        :param method: ``POST`` or ``GET``.
        :param mount_point: path the engine is mounted at.
        :param ttl: lifetime of the key's lease (in the body, or the query with GET).
        :return: the decoded response (``data.private_key_data``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for a bad ``method``, or with POST a bad key algorithm/type.
        """
        api_path = utils.format_url("/v1/{mount_point}/static-account/{name}/key", mount_point=mount_point, name=name)
        return self._generate_key_as_hvac(api_path, key_algorithm, key_type, method, ttl)

    # --- impersonated accounts ------------------------------------------------------------

    def create_or_update_impersonated_account(
        self,
        name: str,
        service_account_email: str,
        token_scopes: Optional[List[str]] = None,
        ttl: Optional[Union[str, int]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an impersonated account (tokens minted by impersonating a service account).

        ``POST /v1/{mount_point}/impersonated-account/{name}``

        :param name: impersonated account name.
        :param service_account_email: email of the service account to impersonate.
        :param token_scopes: OAuth scopes of the tokens.
        :param ttl: lifetime of the tokens.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"service_account_email": service_account_email}
        params.update(utils.remove_nones({"token_scopes": token_scopes, "ttl": ttl}))
        api_path = utils.format_url(
            "/v1/{mount_point}/impersonated-account/{name}", mount_point=mount_point, name=name
        )
        return self._adapter.post(url=api_path, json=params)

    def read_impersonated_account(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an impersonated account.

        ``GET /v1/{mount_point}/impersonated-account/{name}``

        :param name: impersonated account name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/impersonated-account/{name}", mount_point=mount_point, name=name
        )
        return self._adapter.get(url=api_path)

    def list_impersonated_accounts(
        self, mount_point: str = DEFAULT_MOUNT_POINT, *, singular: bool = False
    ) -> VaultResponse:
        """List the impersonated account names.

        ``LIST /v1/{mount_point}/impersonated-accounts`` (or ``impersonated-account``)

        :param mount_point: path the engine is mounted at.
        :param singular: list through ``impersonated-account/``, the same list under the other spelling Vault
            serves (for ACL policies written for that path).
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._list("impersonated-account" if singular else "impersonated-accounts", mount_point)

    def delete_impersonated_account(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an impersonated account.

        ``DELETE /v1/{mount_point}/impersonated-account/{name}``

        :param name: impersonated account name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/impersonated-account/{name}", mount_point=mount_point, name=name
        )
        return self._adapter.delete(url=api_path)

    def generate_impersonated_account_oauth2_access_token(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT, *, method: str = "GET"
    ) -> VaultResponse:
        """Get an OAuth2 access token from an impersonated account.

        ``GET /v1/{mount_point}/impersonated-account/{name}/token`` (or ``POST``)

        :param name: impersonated account name.
        :param mount_point: path the engine is mounted at.
        :param method: ``GET`` or ``POST`` (Vault answers both alike).
        :return: the decoded response (``data.token``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for another ``method``.
        """
        api_path = utils.format_url(
            "/v1/{mount_point}/impersonated-account/{name}/token", mount_point=mount_point, name=name
        )
        return self._token(api_path, method)

    # --- shared ---------------------------------------------------------------------------

    def _list(self, segment: str, mount_point: str) -> VaultResponse:
        return self._adapter.list(url=utils.format_url("/v1/{mount_point}/" + segment, mount_point=mount_point))

    def _token(self, api_path: str, method: str) -> VaultResponse:
        """GET or POST a ``.../token`` endpoint (no options)."""
        _check_method(method)
        return self._adapter.get(url=api_path) if method == "GET" else self._adapter.post(url=api_path)

    def _generate_key_as_hvac(
        self, api_path: str, key_algorithm: str, key_type: str, method: str, ttl: Optional[Union[str, int]]
    ) -> VaultResponse:
        """The key endpoints as hvac calls them: GET sends no key options (and checks none)."""
        if method == "GET":
            return self._adapter.get(url=api_path, params=utils.remove_nones({"ttl": ttl}))
        return self._generate_key(api_path, method, key_algorithm, key_type, ttl)

    def _generate_key(
        self,
        api_path: str,
        method: str,
        key_algorithm: Optional[str],
        key_type: Optional[str],
        ttl: Optional[Union[str, int]],
    ) -> VaultResponse:
        """POST the given key options as a body, or GET with them in the query, after checking them."""
        _check_method(method)
        if key_algorithm is not None and key_algorithm not in SERVICE_ACCOUNT_KEY_ALGORITHMS:
            raise exceptions.ParamValidationError(
                f'unsupported key_algorithm argument provided "{key_algorithm}", '
                f'supported algorithms: "{",".join(SERVICE_ACCOUNT_KEY_ALGORITHMS)}"'
            )
        if key_type is not None and key_type not in SERVICE_ACCOUNT_KEY_TYPES:
            raise exceptions.ParamValidationError(
                f'unsupported key_type argument provided "{key_type}", '
                f'supported types: "{",".join(SERVICE_ACCOUNT_KEY_TYPES)}"'
            )
        options = utils.remove_nones({"key_algorithm": key_algorithm, "key_type": key_type, "ttl": ttl})
        if method == "GET":
            return self._adapter.get(url=api_path, params=options)
        return self._adapter.post(url=api_path, json=options)

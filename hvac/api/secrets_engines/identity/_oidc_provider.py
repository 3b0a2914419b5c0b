"""The identity engine as an OpenID Connect provider: providers, clients, assignments, scopes."""
from typing import List, Optional

from hvac import utils
from hvac.api.secrets_engines.identity._base import (
    _OIDC_CLIENT_AUTH_METHODS, _OIDC_CLIENT_TYPES, _OIDC_GRANT_TYPES, IdentityBase, _fields_of, _StrOrList, _Ttl,
)
from hvac.api.vault_api_base import VaultResponse
from hvac.constants.identity import DEFAULT_MOUNT_POINT


class OidcProvider(IdentityBase[VaultResponse]):
    """OpenBao/Vault as an OIDC provider."""

    # ------------------------------------------------------------------ OpenBao as an OIDC provider

    def create_or_update_oidc_provider(
        self,
        name: str,
        issuer: Optional[str] = None,
        allowed_client_ids: Optional[_StrOrList] = None,
        scopes_supported: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an OIDC provider.

        ``POST /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param issuer: scheme://host:port of the ``iss`` claim (OpenBao's address when unset).
        :param allowed_client_ids: client IDs allowed to use the provider (``"*"`` for all).
        :param scopes_supported: names of the scopes clients may request besides ``openid``.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"issuer": issuer, "allowed_client_ids": allowed_client_ids, "scopes_supported": scopes_supported}
        return self._write("oidc/provider/{name}", fields, mount_point, name=name)

    def read_oidc_provider(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC provider.

        ``GET /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.issuer`` and the provider's settings).
        """
        return self._read("oidc/provider/{name}", mount_point, name=name)

    def delete_oidc_provider(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC provider.

        ``DELETE /v1/{mount_point}/oidc/provider/{name}``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/provider/{name}", mount_point, name=name)

    def list_oidc_providers(
        self, allowed_client_id: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """List the OIDC providers (OpenBao always has one called ``default``).

        ``LIST /v1/{mount_point}/oidc/provider``

        :param allowed_client_id: only the providers that allow this client ID.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("oidc/provider", mount_point, allowed_client_id=allowed_client_id)

    def create_or_update_oidc_client(
        self,
        name: str,
        key: Optional[str] = None,
        redirect_uris: Optional[_StrOrList] = None,
        assignments: Optional[_StrOrList] = None,
        client_type: Optional[str] = None,
        id_token_ttl: Optional[_Ttl] = None,
        access_token_ttl: Optional[_Ttl] = None,
        authorization_code: Optional[bool] = None,
        client_credentials: Optional[bool] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update a client (relying party) of the OIDC providers.

        ``POST /v1/{mount_point}/oidc/client/{name}``

        OpenBao generates the ``client_id`` (and, for confidential clients, the ``client_secret``):
        read the client to get them.

        :param name: the client's name.
        :param key: named key that signs its ID tokens (``default`` when unset; fixed after creation).
        :param redirect_uris: URIs the authorization answers may be sent to.
        :param assignments: names of the assignments saying which entities and groups may use it.
        :param client_type: ``confidential`` (default, has a secret) or ``public`` (PKCE, no secret).
        :param id_token_ttl: lifetime of its ID tokens.
        :param access_token_ttl: lifetime of its access tokens.
        :param authorization_code: allow the authorization-code flow.
        :param client_credentials: allow the client-credentials flow.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        utils.validate_allowed("client_type", client_type, _OIDC_CLIENT_TYPES, noun="values")
        fields = {
            "key": key,
            "redirect_uris": redirect_uris,
            "assignments": assignments,
            "client_type": client_type,
            "id_token_ttl": id_token_ttl,
            "access_token_ttl": access_token_ttl,
            "authorization_code": authorization_code,
            "client_credentials": client_credentials,
        }
        return self._write("oidc/client/{name}", fields, mount_point, name=name)

    def read_oidc_client(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC client, with its ``client_id`` and ``client_secret``.

        ``GET /v1/{mount_point}/oidc/client/{name}``

        :param name: the client's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (the client under ``data``).
        """
        return self._read("oidc/client/{name}", mount_point, name=name)

    def delete_oidc_client(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC client.

        ``DELETE /v1/{mount_point}/oidc/client/{name}``

        :param name: the client's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/client/{name}", mount_point, name=name)

    def list_oidc_clients(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC clients.

        ``LIST /v1/{mount_point}/oidc/client``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys`` and ``data.key_info``).
        """
        return self._list_keys("oidc/client", mount_point)

    def create_or_update_oidc_assignment(
        self,
        name: str,
        entity_ids: Optional[_StrOrList] = None,
        group_ids: Optional[_StrOrList] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an assignment: the entities and groups allowed to use a client.

        ``POST /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param entity_ids: IDs of the entities it allows.
        :param group_ids: IDs of the groups whose members it allows.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"entity_ids": entity_ids, "group_ids": group_ids}
        return self._write("oidc/assignment/{name}", fields, mount_point, name=name)

    def read_oidc_assignment(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC assignment.

        ``GET /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.entity_ids`` and ``data.group_ids``).
        """
        return self._read("oidc/assignment/{name}", mount_point, name=name)

    def delete_oidc_assignment(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC assignment (refused while a client refers to it).

        ``DELETE /v1/{mount_point}/oidc/assignment/{name}``

        :param name: the assignment's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/assignment/{name}", mount_point, name=name)

    def list_oidc_assignments(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC assignments (OpenBao always has ``allow_all``).

        ``LIST /v1/{mount_point}/oidc/assignment``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list_keys("oidc/assignment", mount_point)

    def create_or_update_oidc_scope(
        self,
        name: str,
        template: Optional[str] = None,
        description: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create or update an OIDC scope: the claims it adds to ID tokens and userinfo answers.

        ``POST /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name (``openid`` is reserved).
        :param template: JSON template of the claims (a string, plain or base64), e.g.
            ``{"groups": {{identity.entity.groups.names}}}``.
        :param description: what the scope is for.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        fields = {"template": template, "description": description}
        return self._write("oidc/scope/{name}", fields, mount_point, name=name)

    def read_oidc_scope(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read an OIDC scope.

        ``GET /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.template`` and ``data.description``).
        """
        return self._read("oidc/scope/{name}", mount_point, name=name)

    def delete_oidc_scope(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete an OIDC scope (refused while a provider supports it).

        ``DELETE /v1/{mount_point}/oidc/scope/{name}``

        :param name: the scope's name.
        :param mount_point: where the identity engine is mounted.
        :return: the requests.Response (204).
        """
        return self._delete("oidc/scope/{name}", mount_point, name=name)

    def list_oidc_scopes(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the OIDC scopes.

        ``LIST /v1/{mount_point}/oidc/scope``

        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``data.keys``).
        """
        return self._list_keys("oidc/scope", mount_point)

    def read_oidc_provider_openid_configuration(
        self, name: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read a provider's OpenID Connect discovery document (no token needed).

        ``GET /v1/{mount_point}/oidc/provider/{name}/.well-known/openid-configuration``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded document (``issuer``, ``authorization_endpoint``, ``token_endpoint``, ``jwks_uri`` …).
        """
        return self._read("oidc/provider/{name}/.well-known/openid-configuration", mount_point, name=name)

    def read_oidc_provider_public_keys(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the public keys (JWKS) that verify a provider's ID tokens (no token needed).

        ``GET /v1/{mount_point}/oidc/provider/{name}/.well-known/keys``

        :param name: the provider's name.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded key set (``keys``: JWKs with ``kid``, ``kty``, ``alg`` …).
        """
        return self._read("oidc/provider/{name}/.well-known/keys", mount_point, name=name)

    def authorize_oidc_provider(
        self,
        name: str,
        client_id: str,
        scope: str,
        redirect_uri: str,
        response_type: str = "code",
        state: Optional[str] = None,
        nonce: Optional[str] = None,
        max_age: Optional[int] = None,
        code_challenge: Optional[str] = None,
        code_challenge_method: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Ask a provider for an authorization code, as the entity of the client's Vault token.

        ``GET /v1/{mount_point}/oidc/provider/{name}/authorize`` (the fields in the query string)

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param scope: space-separated scopes, ``openid`` first (e.g. ``"openid profile"``).
        :param redirect_uri: one of the client's redirect URIs.
        :param response_type: ``code``, the only flow OpenBao serves here.
        :param state: opaque value handed back with the code.
        :param nonce: value put in the ID token's ``nonce`` claim.
        :param max_age: seconds since the token's login beyond which OpenBao refuses.
        :param code_challenge: PKCE challenge derived from the code verifier.
        :param code_challenge_method: ``S256`` or ``plain`` (OpenBao's default).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``code`` and ``state``).
        """
        return self._authorize("get", name, _fields_of(locals()), mount_point)

    def authorize_oidc_provider_with_post(
        self,
        name: str,
        client_id: str,
        scope: str,
        redirect_uri: str,
        response_type: str = "code",
        state: Optional[str] = None,
        nonce: Optional[str] = None,
        max_age: Optional[int] = None,
        code_challenge: Optional[str] = None,
        code_challenge_method: Optional[str] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Ask a provider for an authorization code with a POST (the fields in a JSON body).

        ``POST /v1/{mount_point}/oidc/provider/{name}/authorize``

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param scope: space-separated scopes, ``openid`` first.
        :param redirect_uri: one of the client's redirect URIs.
        :param response_type: ``code``, the only flow OpenBao serves here.
        :param state: opaque value handed back with the code.
        :param nonce: value put in the ID token's ``nonce`` claim.
        :param max_age: seconds since the token's login beyond which OpenBao refuses.
        :param code_challenge: PKCE challenge derived from the code verifier.
        :param code_challenge_method: ``S256`` or ``plain`` (OpenBao's default).
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``code`` and ``state``).
        """
        return self._authorize("post", name, _fields_of(locals()), mount_point)

    def request_oidc_provider_token(
        self,
        name: str,
        client_id: str,
        client_secret: Optional[str] = None,
        grant_type: str = "authorization_code",
        code: Optional[str] = None,
        redirect_uri: Optional[str] = None,
        code_verifier: Optional[str] = None,
        scope: Optional[str] = None,
        client_auth: str = "client_secret_basic",
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Exchange an authorization code (or the client's credentials) for tokens.

        ``POST /v1/{mount_point}/oidc/provider/{name}/token`` (form-encoded, without the Vault token)

        The client authenticates with its own credentials: HTTP Basic (``client_secret_basic``)
        or the ``client_id``/``client_secret`` form fields (``client_secret_post``). A public
        client has no secret: only its ``client_id`` is sent, with ``code_verifier``.

        :param name: the provider's name.
        :param client_id: the OIDC client's ``client_id``.
        :param client_secret: its ``client_secret`` (``None`` for a public client).
        :param grant_type: ``authorization_code`` or ``client_credentials``.
        :param code: the code :meth:`authorize_oidc_provider` returned.
        :param redirect_uri: the redirect URI given to ``authorize``.
        :param code_verifier: the PKCE verifier of the code challenge.
        :param scope: space-separated scopes (client-credentials flow).
        :param client_auth: ``client_secret_basic`` or ``client_secret_post``.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded response (``access_token``, ``id_token``, ``token_type``, ``expires_in``).
        """
        utils.validate_allowed("grant_type", grant_type, _OIDC_GRANT_TYPES, noun="values")
        utils.validate_allowed("client_auth", client_auth, _OIDC_CLIENT_AUTH_METHODS, noun="values")
        form = {
            "grant_type": grant_type,
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
            "scope": scope,
        }
        basic_auth = None
        if client_secret is not None and client_auth == "client_secret_basic":
            basic_auth = (client_id, client_secret)
        else:
            form.update(client_id=client_id, client_secret=client_secret)
        return self._without_vault_token(
            "post", "oidc/provider/{name}/token", name, mount_point, data=utils.remove_nones(form), auth=basic_auth
        )

    def read_oidc_provider_userinfo(
        self, name: str, access_token: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read the claims about the user an access token was issued for.

        ``GET /v1/{mount_point}/oidc/provider/{name}/userinfo`` (``Authorization: Bearer``, without the Vault token)

        :param name: the provider's name.
        :param access_token: the ``access_token`` :meth:`request_oidc_provider_token` returned.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded claims (``sub`` and those of the scopes granted).
        """
        return self._userinfo("get", name, access_token, mount_point)

    def read_oidc_provider_userinfo_with_post(
        self, name: str, access_token: str, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Read the claims about the user an access token was issued for, with a POST.

        ``POST /v1/{mount_point}/oidc/provider/{name}/userinfo`` (``Authorization: Bearer``, without the Vault token)

        :param name: the provider's name.
        :param access_token: the ``access_token`` :meth:`request_oidc_provider_token` returned.
        :param mount_point: where the identity engine is mounted.
        :return: the decoded claims (``sub`` and those of the scopes granted).
        """
        return self._userinfo("post", name, access_token, mount_point)

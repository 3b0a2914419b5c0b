"""JWT/OIDC auth method: log in with a JWT (verified with configured keys, a JWKS URL or OIDC
discovery), or through an OIDC provider's browser flow."""
from typing import Any, Dict, List, Optional, TypedDict, Union

from hvac import utils
from hvac.api.auth_methods._token_fields import checked_fields, shared_field_docs
from hvac.api.vault_api_base import VaultApiBase, VaultResponse

Duration = Optional[Union[str, int]]


class OidcCallbackParams(TypedDict, total=False):
    """What else an OIDC callback may carry, besides ``state`` and ``code`` (OpenBao reads these; Vault does not).

    - ``error``, ``error_description``, ``error_uri``: the error the provider redirected back with
      (the login then fails with that error).
    - ``confirmation``: the answer of OpenBao's confirmation page (its direct callback mode).
    """

    error: str
    error_description: str
    error_uri: str
    confirmation: str


class JWT(VaultApiBase[VaultResponse]):
    """JWT/OIDC auth method. Every method takes ``path``, the mount path (default :attr:`DEFAULT_PATH`).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/jwt
    """

    DEFAULT_PATH = "jwt"

    def resolve_path(self, path: Optional[str]) -> str:
        """Return ``path``, or :attr:`DEFAULT_PATH` when it is ``None``.

        :param path: a mount path or ``None``.
        :return: the mount path to use.
        """
        return path if path is not None else self.DEFAULT_PATH

    def _url(self, path: Optional[str], suffix: str, **kwargs: str) -> str:
        return utils.format_url("/v1/auth/{path}/" + suffix, path=self.resolve_path(path), **kwargs)

    def configure(
        self,
        oidc_discovery_url: Optional[str] = None,
        oidc_discovery_ca_pem: Optional[str] = None,
        oidc_client_id: Optional[str] = None,
        oidc_client_secret: Optional[str] = None,
        oidc_response_mode: Optional[str] = None,
        oidc_response_types: Optional[Union[str, List[str]]] = None,
        jwks_url: Optional[str] = None,
        jwks_ca_pem: Optional[str] = None,
        jwt_validation_pubkeys: Optional[Union[str, List[str]]] = None,
        bound_issuer: Optional[str] = None,
        jwt_supported_algs: Optional[Union[str, List[str]]] = None,
        default_role: Optional[str] = None,
        provider_config: Optional[Dict[str, Any]] = None,
        path: Optional[str] = None,
        namespace_in_state: Optional[bool] = None,
        *,
        override_allowed_server_names: Optional[List[str]] = None,
        skip_jwks_validation: Optional[bool] = None,
    ) -> VaultResponse:
        """Configure how JWTs are verified (one of: OIDC discovery, a JWKS URL, or public keys).

        ``POST /v1/auth/{path}/config``

        :param oidc_discovery_url: the OIDC discovery URL (issuer) of the provider.
        :param oidc_discovery_ca_pem: CA certificate(s) for the discovery URL, PEM.
        :param oidc_client_id: OAuth client ID (OIDC flow).
        :param oidc_client_secret: OAuth client secret (OIDC flow).
        :param oidc_response_mode: ``query`` or ``form_post``.
        :param oidc_response_types: ``code`` and/or ``id_token``.
        :param jwks_url: JWKS URL to fetch the verification keys from.
        :param jwks_ca_pem: CA certificate(s) for the JWKS URL, PEM.
        :param jwt_validation_pubkeys: PEM public keys that verify JWTs (no provider needed).
        :param bound_issuer: required ``iss`` claim.
        :param jwt_supported_algs: accepted signing algorithms.
        :param default_role: role used when a login names none.
        :param provider_config: provider-specific settings.
        :param path: mount path of the method.
        :param namespace_in_state: put the namespace in the OIDC state parameter.
        :param override_allowed_server_names: host names accepted in the TLS certificates of the
            discovery and JWKS URLs, instead of the URLs' own (OpenBao only).
        :param skip_jwks_validation: save the configuration even when the discovery or JWKS URL cannot
            be reached, with a warning (OpenBao only).
        :return: the response of the request.
        """
        params = utils.remove_nones(
            {
                "oidc_discovery_url": oidc_discovery_url,
                "oidc_discovery_ca_pem": oidc_discovery_ca_pem,
                "oidc_client_id": oidc_client_id,
                "oidc_client_secret": oidc_client_secret,
                "oidc_response_mode": oidc_response_mode,
                "oidc_response_types": oidc_response_types,
                "jwks_url": jwks_url,
                "jwks_ca_pem": jwks_ca_pem,
                "jwt_validation_pubkeys": jwt_validation_pubkeys,
                "bound_issuer": bound_issuer,
                "jwt_supported_algs": jwt_supported_algs,
                "default_role": default_role,
                "provider_config": provider_config,
                "namespace_in_state": namespace_in_state,
                "override_allowed_server_names": override_allowed_server_names,
                "skip_jwks_validation": skip_jwks_validation,
            }
        )
        return self._adapter.post(url=self._url(path, "config"), json=params)

    def read_config(self, path: Optional[str] = None) -> VaultResponse:
        """Read the configuration.

        ``GET /v1/auth/{path}/config``

        :param path: mount path of the method.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url(path, "config"))

    @shared_field_docs
    def create_role(
        self,
        name: str,
        user_claim: str,
        allowed_redirect_uris: List[str],
        role_type: str = "jwt",
        bound_audiences: Optional[List[str]] = None,
        clock_skew_leeway: Optional[int] = None,
        expiration_leeway: Optional[int] = None,
        not_before_leeway: Optional[int] = None,
        bound_subject: Optional[str] = None,
        bound_claims: Optional[Dict[str, Any]] = None,
        groups_claim: Optional[str] = None,
        claim_mappings: Optional[Dict[str, str]] = None,
        oidc_scopes: Optional[List[str]] = None,
        bound_claims_type: str = "string",
        verbose_oidc_logging: bool = False,
        token_ttl: Duration = None,
        token_max_ttl: Duration = None,
        token_policies: Optional[List[str]] = None,
        token_bound_cidrs: Optional[List[str]] = None,
        token_explicit_max_ttl: Duration = None,
        token_no_default_policy: Optional[bool] = None,
        token_num_uses: Optional[int] = None,
        token_period: Duration = None,
        token_type: Optional[str] = None,
        path: Optional[str] = None,
        user_claim_json_pointer: Optional[bool] = None,
        *,
        max_age: Duration = None,
        # deprecated names of token settings (Vault only: OpenBao no longer reads them)
        ttl: Duration = None, max_ttl: Duration = None, period: Duration = None,
        policies: Optional[List[str]] = None, num_uses: Optional[int] = None, bound_cidrs: Optional[List[str]] = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{path}/role/{name}`` (the name is also sent in the body)

        :param name: name of the role.
        :param user_claim: claim that names the user (alias name).
        :param allowed_redirect_uris: redirect URIs allowed in the OIDC flow.
        :param role_type: ``jwt`` or ``oidc``.
        :param bound_audiences: accepted ``aud`` values.
        :param clock_skew_leeway: seconds of clock skew tolerated.
        :param expiration_leeway: seconds of leeway on ``exp``.
        :param not_before_leeway: seconds of leeway on ``nbf``.
        :param bound_subject: required ``sub`` claim.
        :param bound_claims: claims (and values) the token must carry.
        :param groups_claim: claim that lists the user's groups.
        :param claim_mappings: claims copied into the alias metadata.
        :param oidc_scopes: extra OIDC scopes requested.
        :param bound_claims_type: ``string`` or ``glob``.
        :param verbose_oidc_logging: log the OIDC exchange (debugging only).
        :param path: mount path of the method.
        :param user_claim_json_pointer: read ``user_claim`` as a JSON pointer.
        :param max_age: (OIDC) longest time since the user last authenticated with the provider; an
            older authentication makes the provider ask again (Vault only).
        :return: the response of the request.
        """
        params = {
            "name": name,
            "role_type": role_type,
            "user_claim": user_claim,
            "allowed_redirect_uris": allowed_redirect_uris,
            "bound_claims_type": bound_claims_type,
            "verbose_oidc_logging": verbose_oidc_logging,
        }
        params.update(
            utils.remove_nones(
                {
                    "bound_audiences": bound_audiences,
                    "clock_skew_leeway": clock_skew_leeway,
                    "expiration_leeway": expiration_leeway,
                    "not_before_leeway": not_before_leeway,
                    "bound_subject": bound_subject,
                    "bound_claims": bound_claims,
                    "groups_claim": groups_claim,
                    "claim_mappings": claim_mappings,
                    "oidc_scopes": oidc_scopes,
                    "token_ttl": token_ttl,
                    "token_max_ttl": token_max_ttl,
                    "token_policies": token_policies,
                    "token_bound_cidrs": token_bound_cidrs,
                    "token_explicit_max_ttl": token_explicit_max_ttl,
                    "token_no_default_policy": token_no_default_policy,
                    "token_num_uses": token_num_uses,
                    "token_period": token_period,
                    "token_type": token_type,
                    "user_claim_json_pointer": user_claim_json_pointer,
                    "max_age": max_age,
                    "ttl": ttl,
                    "max_ttl": max_ttl,
                    "period": period,
                    "policies": policies,
                    "num_uses": num_uses,
                    "bound_cidrs": bound_cidrs,
                }
            )
        )
        return self._adapter.post(url=self._url(path, "role/{name}", name=name), json=params)

    def read_role(self, name: str, path: Optional[str] = None) -> VaultResponse:
        """Read a role.

        ``GET /v1/auth/{path}/role/{name}``

        :param name: name of the role.
        :param path: mount path of the method.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url(path, "role/{name}", name=name))

    def list_roles(self, path: Optional[str] = None) -> VaultResponse:
        """List the roles.

        ``LIST /v1/auth/{path}/role``

        :param path: mount path of the method.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url(path, "role"))

    def delete_role(self, name: str, path: Optional[str] = None) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{path}/role/{name}``

        :param name: name of the role.
        :param path: mount path of the method.
        :return: the response of the request.
        """
        return self._adapter.delete(url=self._url(path, "role/{name}", name=name))

    def oidc_authorization_url_request(
        self, role: str, redirect_uri: str, path: Optional[str] = None, *, client_nonce: Optional[str] = None
    ) -> VaultResponse:
        """Start the OIDC flow: get the provider's authorization URL for a role.

        ``POST /v1/auth/{path}/oidc/auth_url``

        :param role: name of the role (``oidc`` type).
        :param redirect_uri: one of the role's ``allowed_redirect_uris``.
        :param path: mount path of the method.
        :param client_nonce: a nonce of your choice that the callback (:meth:`oidc_callback`) or the
            poll (:meth:`oidc_poll`) must give back, so that only this client finishes the login.
        :return: the decoded response (``data.auth_url``), or the requests.Response.
        """
        body = utils.remove_nones({"role": role, "redirect_uri": redirect_uri, "client_nonce": client_nonce})
        return self._adapter.post(url=self._url(path, "oidc/auth_url"), json=body)

    def oidc_callback(
        self, state: str, nonce: str, code: str, path: Optional[str] = None,
        *, client_nonce: Optional[str] = None, callback_params: Optional[OidcCallbackParams] = None,
    ) -> VaultResponse:
        """Finish the OIDC flow with what the provider redirected back with.

        ``GET /v1/auth/{path}/oidc/callback?state=...&nonce=...&code=...`` (the values are also sent as a
        JSON body, as the reference does). The returned token is not stored on the client.

        :param state: the ``state`` query parameter of the redirect.
        :param nonce: the nonce of the flow.
        :param code: the authorization ``code`` of the redirect.
        :param path: mount path of the method.
        :param client_nonce: the ``client_nonce`` given to :meth:`oidc_authorization_url_request`.
        :param callback_params: the other values of the redirect, an :class:`OidcCallbackParams` dict
            (OpenBao only).
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        params = {"state": state, "nonce": nonce, "code": code}
        params.update(utils.remove_nones({"client_nonce": client_nonce}))
        params.update(checked_fields("callback_params", callback_params, OidcCallbackParams.__annotations__))
        return self._adapter.get(url=self._url(path, "oidc/callback"), params=params, json=params)

    def jwt_login(self, role: str, jwt: str, use_token: bool = True, path: Optional[str] = None) -> VaultResponse:
        """Log in with a signed JWT.

        ``POST /v1/auth/{path}/login``

        :param role: name of the role (Vault uses ``default_role`` when empty).
        :param jwt: the signed JWT.
        :param use_token: adopt the returned client token on the client.
        :param path: mount path of the method.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(url=self._url(path, "login"), use_token=use_token, json={"role": role, "jwt": jwt})

    # -- CEL roles: a CEL program, not claim bindings, decides who logs in and with what ---------

    @staticmethod
    def _cel_role_body(
        cel_program: Optional[Dict[str, Any]],
        bound_audiences: Optional[List[str]],
        clock_skew_leeway: Duration,
        expiration_leeway: Duration,
        not_before_leeway: Duration,
        message: Optional[str],
    ) -> Dict[str, Any]:
        return utils.remove_nones(
            {
                "cel_program": cel_program,
                "bound_audiences": bound_audiences,
                "clock_skew_leeway": clock_skew_leeway,
                "expiration_leeway": expiration_leeway,
                "not_before_leeway": not_before_leeway,
                "message": message,
            }
        )

    def create_cel_role(
        self,
        name: str,
        cel_program: Dict[str, Any],
        bound_audiences: Optional[List[str]] = None,
        clock_skew_leeway: Duration = None,
        expiration_leeway: Duration = None,
        not_before_leeway: Duration = None,
        message: Optional[str] = None,
        path: Optional[str] = None,
    ) -> VaultResponse:
        """Create a CEL role, or replace an existing one.

        ``POST /v1/auth/{path}/cel/role/{name}``

        The program sees the verified token's claims as ``claims``. It returns a ``pb.Auth`` to let
        the login in (``pb.Auth{alias: logical.Alias{name: claims.sub}, policies: ['default']}``),
        or a string, the reason it refuses.

        :param name: name of the role.
        :param cel_program: ``{"variables": [{"name": ..., "expression": ...}, ...], "expression": ...}``;
            the variables are evaluated in order, then the expression.
        :param bound_audiences: accepted ``aud`` values.
        :param clock_skew_leeway: leeway on every time claim (seconds or a duration string).
        :param expiration_leeway: leeway on ``exp``.
        :param not_before_leeway: leeway on ``nbf``.
        :param message: error message of a refused login.
        :param path: mount path of the method.
        :return: the decoded response (the role as stored), or the requests.Response.
        """
        body = self._cel_role_body(
            cel_program, bound_audiences, clock_skew_leeway, expiration_leeway, not_before_leeway, message
        )
        return self._adapter.post(url=self._url(path, "cel/role/{name}", name=name), json=body)

    def patch_cel_role(
        self,
        name: str,
        cel_program: Optional[Dict[str, Any]] = None,
        bound_audiences: Optional[List[str]] = None,
        clock_skew_leeway: Duration = None,
        expiration_leeway: Duration = None,
        not_before_leeway: Duration = None,
        message: Optional[str] = None,
        path: Optional[str] = None,
    ) -> VaultResponse:
        """Change some fields of an existing CEL role; those left at ``None`` keep their values.

        ``PATCH /v1/auth/{path}/cel/role/{name}`` (a JSON merge patch)

        :param name: name of the role.
        :param cel_program: as in :meth:`create_cel_role`.
        :param bound_audiences: as in :meth:`create_cel_role`.
        :param clock_skew_leeway: as in :meth:`create_cel_role`.
        :param expiration_leeway: as in :meth:`create_cel_role`.
        :param not_before_leeway: as in :meth:`create_cel_role`.
        :param message: as in :meth:`create_cel_role`.
        :param path: mount path of the method.
        :return: the decoded response (the role as it now is), or the requests.Response.
        """
        body = self._cel_role_body(
            cel_program, bound_audiences, clock_skew_leeway, expiration_leeway, not_before_leeway, message
        )
        return self._adapter.patch(url=self._url(path, "cel/role/{name}", name=name), json=body)

    def read_cel_role(self, name: str, path: Optional[str] = None) -> VaultResponse:
        """Read a CEL role.

        ``GET /v1/auth/{path}/cel/role/{name}``

        :param name: name of the role.
        :param path: mount path of the method.
        :return: the decoded response, or the requests.Response.
        """
        return self._adapter.get(url=self._url(path, "cel/role/{name}", name=name))

    def list_cel_roles(self, path: Optional[str] = None) -> VaultResponse:
        """List the CEL roles.

        ``LIST /v1/auth/{path}/cel/role``

        :param path: mount path of the method.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url=self._url(path, "cel/role"))

    def delete_cel_role(self, name: str, path: Optional[str] = None) -> VaultResponse:
        """Delete a CEL role.

        ``DELETE /v1/auth/{path}/cel/role/{name}``

        :param name: name of the role.
        :param path: mount path of the method.
        :return: the response of the request.
        """
        return self._adapter.delete(url=self._url(path, "cel/role/{name}", name=name))

    def cel_login(self, role: str, jwt: str, use_token: bool = True, path: Optional[str] = None) -> VaultResponse:
        """Log in with a signed JWT against a CEL role.

        ``POST /v1/auth/{path}/cel/login``

        :param role: name of the CEL role.
        :param jwt: the signed JWT.
        :param use_token: adopt the returned client token on the client.
        :param path: mount path of the method.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.login(
            url=self._url(path, "cel/login"), use_token=use_token, json={"role": role, "jwt": jwt}
        )

    # -- the rest of the OIDC flow ----------------------------------------------------------------

    def oidc_callback_form_post(
        self,
        state: str,
        code: Optional[str] = None,
        id_token: Optional[str] = None,
        path: Optional[str] = None,
        *,
        client_nonce: Optional[str] = None, callback_params: Optional[OidcCallbackParams] = None,
    ) -> str:
        """Hand OpenBao what the provider posted back, in the ``form_post`` response mode.

        ``POST /v1/auth/{path}/oidc/callback``

        Only answered when the mount is configured with ``oidc_response_mode="form_post"``. OpenBao
        keeps the code (or ID token) with the pending login and answers an HTML page for the browser,
        which finishes the login through :meth:`oidc_callback`.

        :param state: the ``state`` of the flow.
        :param code: the authorization code the provider posted.
        :param id_token: the ID token the provider posted (``id_token`` response type).
        :param path: mount path of the method.
        :param client_nonce: as in :meth:`oidc_callback`.
        :param callback_params: as in :meth:`oidc_callback` (OpenBao only).
        :return: the HTML page OpenBao answers.
        """
        body = utils.remove_nones({"state": state, "code": code, "id_token": id_token, "client_nonce": client_nonce})
        body.update(checked_fields("callback_params", callback_params, OidcCallbackParams.__annotations__))
        return self._adapter.request_response("post", self._url(path, "oidc/callback"), json=body).text

    def oidc_poll(self, state: str, client_nonce: str, path: Optional[str] = None) -> VaultResponse:
        """Ask whether the OIDC login of a flow started with a ``client_nonce`` has completed.

        ``POST /v1/auth/{path}/oidc/poll``

        While the user has not logged in, OpenBao answers 400 ``authorization_pending``
        (:class:`~hvac.exceptions.InvalidRequest`). The returned token is not stored on the client.

        :param state: the ``state`` of the flow.
        :param client_nonce: the ``client_nonce`` given when the authorization URL was requested.
        :param path: mount path of the method.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        return self._adapter.post(
            url=self._url(path, "oidc/poll"), json={"state": state, "client_nonce": client_nonce}
        )

"""OIDC auth method: the JWT/OIDC method mounted at ``oidc``, with roles of type ``oidc`` by default."""
from typing import Any, Dict, List, Optional, Union

from hvac.api.auth_methods.jwt import JWT
from hvac.api.vault_api_base import VaultResponse


class OIDC(JWT[VaultResponse]):
    """OIDC auth method; everything but the default mount path and role type comes from :class:`JWT`.

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/jwt
    """

    DEFAULT_PATH = "oidc"

    def create_role(  # type: ignore[override]  # returns None, as the reference does
        self,
        name: str,
        user_claim: str,
        allowed_redirect_uris: List[str],
        role_type: str = "oidc",
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
        token_ttl: Optional[Union[str, int]] = None,
        token_max_ttl: Optional[Union[str, int]] = None,
        token_policies: Optional[List[str]] = None,
        token_bound_cidrs: Optional[List[str]] = None,
        token_explicit_max_ttl: Optional[Union[str, int]] = None,
        token_no_default_policy: Optional[bool] = None,
        token_num_uses: Optional[int] = None,
        token_period: Optional[Union[str, int]] = None,
        token_type: Optional[str] = None,
        path: Optional[str] = None,
        user_claim_json_pointer: Optional[bool] = None,
        *,
        max_age: Optional[Union[str, int]] = None,
        ttl: Optional[Union[str, int]] = None, max_ttl: Optional[Union[str, int]] = None,
        period: Optional[Union[str, int]] = None, policies: Optional[List[str]] = None,
        num_uses: Optional[int] = None, bound_cidrs: Optional[List[str]] = None,
    ) -> None:
        """Create or update a role; the same request as :meth:`JWT.create_role` with ``role_type`` ``"oidc"``.

        ``POST /v1/auth/{path}/role/{name}``

        The parameters are those of :meth:`JWT.create_role`.

        :return: None -- unlike :meth:`JWT.create_role`, the response is not returned (as in the reference).
        """
        super().create_role(
            name=name,
            user_claim=user_claim,
            allowed_redirect_uris=allowed_redirect_uris,
            role_type=role_type,
            bound_audiences=bound_audiences,
            clock_skew_leeway=clock_skew_leeway,
            expiration_leeway=expiration_leeway,
            not_before_leeway=not_before_leeway,
            bound_subject=bound_subject,
            bound_claims=bound_claims,
            groups_claim=groups_claim,
            claim_mappings=claim_mappings,
            oidc_scopes=oidc_scopes,
            bound_claims_type=bound_claims_type,
            verbose_oidc_logging=verbose_oidc_logging,
            token_ttl=token_ttl,
            token_max_ttl=token_max_ttl,
            token_policies=token_policies,
            token_bound_cidrs=token_bound_cidrs,
            token_explicit_max_ttl=token_explicit_max_ttl,
            token_no_default_policy=token_no_default_policy,
            token_num_uses=token_num_uses,
            token_period=token_period,
            token_type=token_type,
            path=path,
            user_claim_json_pointer=user_claim_json_pointer,
            max_age=max_age, ttl=ttl, max_ttl=max_ttl, period=period, policies=policies, num_uses=num_uses,
            bound_cidrs=bound_cidrs,
        )

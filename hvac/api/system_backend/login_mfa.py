"""System backend: completing a login that requires MFA (``/v1/sys/mfa/validate``).

When a login MFA enforcement applies, a login answers ``auth.mfa_requirement`` (with an
``mfa_request_id`` and the MFA methods to satisfy) instead of a usable token; sending the
passcodes here finishes the login.

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Dict, List

from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class LoginMfa(SystemBackendMixin[VaultResponse]):
    """Completing a login that requires MFA (``/v1/sys/mfa/validate``)."""

    def validate_mfa_login(
        self, mfa_request_id: str, mfa_payload: Dict[str, List[str]], use_token: bool = True
    ) -> VaultResponse:
        """Finish a login that answered with an MFA requirement, and get its token.

        ``POST /v1/sys/mfa/validate``

        :param mfa_request_id: ``auth.mfa_requirement.mfa_request_id`` of the login's answer.
        :param mfa_payload: for each MFA method ID of the requirement, the passcodes (an empty list
            for methods without one, such as a Duo push).
        :param use_token: adopt the returned client token on the client, as a login does.
        :return: the decoded login answer (``auth.client_token`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when the credentials are refused (400).
        :raises hvac.exceptions.Forbidden: when the role or method refuses the login (403).
        """
        params = {"mfa_request_id": mfa_request_id, "mfa_payload": mfa_payload}
        return self._adapter.login(url="/v1/sys/mfa/validate", use_token=use_token, json=params)

"""System backend: health check (``/v1/sys/health``)."""
from typing import Optional

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse

_HEALTH_PATH = "/v1/sys/health"


class Health(SystemBackendMixin[VaultResponse]):
    """Read the health of the server (initialised, sealed, standby...)."""

    def read_health_status(
        self,
        standby_ok: Optional[bool] = None,
        active_code: Optional[int] = None,
        standby_code: Optional[int] = None,
        dr_secondary_code: Optional[int] = None,
        performance_standby_code: Optional[int] = None,
        sealed_code: Optional[int] = None,
        uninit_code: Optional[int] = None,
        method: str = "HEAD",
    ) -> VaultResponse:
        """Read the server's health; an unhealthy status code does not raise.

        ``HEAD /v1/sys/health`` or ``GET /v1/sys/health``

        :param standby_ok: answer a standby node with the active code.
        :param active_code: status code for an active node (default 200).
        :param standby_code: status code for an unsealed standby (default 429).
        :param dr_secondary_code: status code for a DR secondary (default 472).
        :param performance_standby_code: status code for a performance standby (default 473).
        :param sealed_code: status code for a sealed node (default 503).
        :param uninit_code: status code for an uninitialised node (default 501).
        :param method: ``"HEAD"`` (status code only) or ``"GET"`` (status code and a JSON body).
        :raises hvac.exceptions.ParamValidationError: for a ``method`` other than HEAD or GET.
        :return: the decoded body of a 200 GET, else the requests.Response (whatever its status).
        """
        params = utils.remove_nones(
            {
                "standbyok": standby_ok,
                "activecode": active_code,
                "standbycode": standby_code,
                "drsecondarycode": dr_secondary_code,
                "performancestandbycode": performance_standby_code,
                "sealedcode": sealed_code,
                "uninitcode": uninit_code,
            }
        )
        if method == "HEAD":
            return self._adapter.head(url=_HEALTH_PATH, params=params, raise_exception=False)
        if method == "GET":
            return self._adapter.get(url=_HEALTH_PATH, params=params, raise_exception=False)
        raise exceptions.ParamValidationError(
            f'"method" parameter provided invalid value; HEAD or GET allowed, "{method}" provided'
        )

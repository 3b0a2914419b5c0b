"""Tidying storage (now or periodically) and the mount's own URLs."""
from typing import Optional, Union

from hvac import utils
from hvac.api.secrets_engines.pki._base import DEFAULT_MOUNT_POINT, PkiBase, _merged
from hvac.api.secrets_engines.pki._params import FieldsOrAnyDict, PkiAutoTidyParams, PkiTidyParams
from hvac.api.vault_api_base import VaultResponse


class PkiMaintenance(PkiBase[VaultResponse]):
    """The tidy and cluster-settings part of :class:`~hvac.api.secrets_engines.pki.Pki`."""

    def tidy(
        self, extra_params: Optional[FieldsOrAnyDict[PkiTidyParams]] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Start removing expired certificates and revocation entries from storage.

        ``POST /v1/{mount_point}/tidy``

        :param extra_params: what to tidy (:class:`PkiTidyParams`: ``tidy_cert_store``, ``tidy_revoked_certs``,
            ``safety_buffer`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response, or the requests.Response (202 while it runs).
        """
        return self._adapter.post(url=self._url("tidy", mount_point), json=_merged(extra_params))

    def read_tidy_status(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the progress and counters of the current or last tidy run.

        ``GET /v1/{mount_point}/tidy-status``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.state``, ``data.cert_store_deleted_count`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("tidy-status", mount_point))

    def cancel_tidy(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Ask the running tidy to stop (at its next pause between items).

        ``POST /v1/{mount_point}/tidy-cancel``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the tidy status), or the requests.Response.
        """
        return self._adapter.post(url=self._url("tidy-cancel", mount_point))

    def read_auto_tidy_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the periodic tidy settings.

        ``GET /v1/{mount_point}/config/auto-tidy``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.enabled``, ``data.interval_duration`` …), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/auto-tidy", mount_point))

    def set_auto_tidy_configuration(
        self,
        enabled: Optional[bool] = None,
        interval_duration: Optional[Union[str, int]] = None,
        extra_params: Optional[FieldsOrAnyDict[PkiAutoTidyParams]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Change the periodic tidy settings.

        ``POST /v1/{mount_point}/config/auto-tidy``

        :param enabled: run tidy periodically.
        :param interval_duration: the time between runs, e.g. ``"12h"``.
        :param extra_params: what to tidy (:class:`PkiAutoTidyParams`: ``tidy_cert_store``, ``tidy_revoked_certs``,
            ``safety_buffer`` …).
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the settings), or the requests.Response.
        """
        body = _merged(extra_params, **utils.remove_nones({"enabled": enabled, "interval_duration": interval_duration}))
        return self._adapter.post(url=self._url("config/auto-tidy", mount_point), json=body)

    def read_cluster_configuration(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the mount's own external URLs (used by URL templates and ACME).

        ``GET /v1/{mount_point}/config/cluster``

        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (``data.path``, ``data.aia_path``), or the requests.Response.
        """
        return self._adapter.get(url=self._url("config/cluster", mount_point))

    def set_cluster_configuration(
        self, path: Optional[str] = None, aia_path: Optional[str] = None, mount_point: str = DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Set the mount's own external URLs.

        ``POST /v1/{mount_point}/config/cluster``

        :param path: the URL of this mount, e.g. ``"https://bao.example.com:8200/v1/pki"`` (ACME needs it).
        :param aia_path: the URL written into AIA extensions, which may be plain HTTP.
        :param mount_point: where the PKI engine is mounted.
        :return: the decoded response (the settings), or the requests.Response.
        """
        body = utils.remove_nones({"path": path, "aia_path": aia_path})
        return self._adapter.post(url=self._url("config/cluster", mount_point), json=body)

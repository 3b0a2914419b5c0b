"""System backend: metrics, host and HA information, in-flight requests, version history, experiments, license, locked users, loggers, pprof and the log monitor.

Beyond the reference: hvac has no method for these endpoints. The experiments are Vault's
(1.14+) and the license status Vault Enterprise's.
"""
from typing import Any, Iterator, Optional, Union

import requests

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _lines(response: requests.Response) -> Iterator[str]:
    """Yield the non-empty lines of a streamed answer as they arrive; close it when done."""
    try:
        # chunk_size=None hands over each chunk as soon as the server flushes it.
        for line in response.iter_lines(chunk_size=None):
            if line:
                yield line.decode("utf-8", errors="replace")
    finally:
        response.close()


class Monitoring(SystemBackendMixin[VaultResponse]):
    """Metrics, host and HA information, in-flight requests, version history, experiments, license, locked users, loggers, pprof and the log monitor."""

    # --- Metrics and status -------------------------------------------------------------------

    def read_metrics(self, format: Optional[str] = None) -> Union[VaultResponse, str]:
        """Read the telemetry metrics, as JSON or in the Prometheus text format.

        ``GET /v1/sys/metrics``

        :param format: ``None`` for JSON, or ``"prometheus"`` for the Prometheus exposition text
            (needs ``prometheus_retention_time`` in the server's telemetry settings; dev servers have it).
        :raises hvac.exceptions.ParamValidationError: for another ``format``, before any request.
        :return: the decoded metrics (``Gauges``, ``Counters``, ``Samples``), or with ``"prometheus"``
            the text as a str.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        if format is None:
            return self._adapter.get("/v1/sys/metrics")
        if format != "prometheus":
            raise exceptions.ParamValidationError(f'unsupported format "{format}"; valid values: None (JSON), "prometheus"')
        return self._adapter.request_response("get", "/v1/sys/metrics", params={"format": format}).text

    def read_host_info(self) -> VaultResponse:
        """Read information about the server's host: CPU, memory, disks, operating system.

        ``GET /v1/sys/host-info``

        :return: the decoded answer (``data.cpu``, ``data.memory``, ``data.disk``, ``data.host`` …),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/host-info")

    def read_in_flight_requests(self) -> VaultResponse:
        """Read the requests the server is serving right now (this one included).

        ``GET /v1/sys/in-flight-req``

        :return: the decoded answer: request ID -> ``request_path``, ``request_method``, ``start_time`` …,
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/in-flight-req")

    def read_ha_status(self) -> VaultResponse:
        """Read the nodes of the HA cluster and which one is active.

        ``GET /v1/sys/ha-status``

        :return: the decoded answer (``data.nodes``: ``hostname``, ``api_address``, ``active_node`` …),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/ha-status")

    def list_version_history(self) -> VaultResponse:
        """List the OpenBao versions this storage has run, oldest first.

        ``LIST /v1/sys/version-history``

        :return: the decoded answer (``data.keys``, ``data.key_info.<version>.timestamp_installed`` …),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list("/v1/sys/version-history")

    def list_experiments(self) -> VaultResponse:
        """List the experimental features the server knows and those enabled (Vault 1.14+).

        ``GET /v1/sys/experiments``

        :return: the decoded answer (``data.available``, ``data.enabled``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404, e.g. OpenBao).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/experiments")

    def read_license_status(self) -> VaultResponse:
        """Read the license of the server (Vault Enterprise).

        ``GET /v1/sys/license/status``

        :return: the decoded answer (``data.autoloaded``: ``license_id``, ``expiration_time``,
            ``features`` …, ``data.persisted_autoload``, ``data.autoloading_used``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/license/status")

    def decode_root_token(self, encoded_token: str, otp: str) -> VaultResponse:
        """Decode the encoded root token that a root-token generation produced, with its one-time password.

        ``POST /v1/sys/decode-token``

        :param encoded_token: the ``encoded_token`` (or ``encoded_root_token``) of the last generation step.
        :param otp: the one-time password the generation was started with.
        :return: the decoded answer (``data.token``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post("/v1/sys/decode-token", json={"encoded_token": encoded_token, "otp": otp})

    # --- Locked users -------------------------------------------------------------------------

    def read_locked_users(self) -> VaultResponse:
        """Read the users locked out after too many failed logins, per namespace and mount.

        ``GET /v1/sys/locked-users``

        :return: the decoded answer (``data.total``, ``data.by_namespace``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/locked-users")

    def unlock_user(self, mount_accessor: str, alias_identifier: str) -> VaultResponse:
        """Unlock a user locked out after too many failed logins.

        ``POST /v1/sys/locked-users/{mount_accessor}/unlock/{alias_identifier}``

        :param mount_accessor: the accessor of the auth method (e.g. ``auth_userpass_1a2b3c4d``).
        :param alias_identifier: the user's name for that method (a userpass user name, an AppRole role ID …).
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url(
            "/v1/sys/locked-users/{mount_accessor}/unlock/{alias_identifier}",
            mount_accessor=mount_accessor,
            alias_identifier=alias_identifier,
        )
        return self._adapter.post(api_path)

    # --- Loggers ------------------------------------------------------------------------------

    def read_logger_levels(self) -> VaultResponse:
        """Read the level of every logger.

        ``GET /v1/sys/loggers``

        :return: the decoded answer (``data``: logger name -> level), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_loggers_url())

    def update_logger_levels(self, level: str) -> VaultResponse:
        """Set the level of every logger, until the server restarts or they are reverted.

        ``POST /v1/sys/loggers``

        :param level: ``trace``, ``debug``, ``info``, ``warn`` or ``error`` (OpenBao judges it).
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_loggers_url(), json={"level": level})

    def revert_logger_levels(self) -> VaultResponse:
        """Set every logger back to the level of the server's configuration.

        ``DELETE /v1/sys/loggers``

        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_loggers_url())

    def read_logger_level(self, name: str) -> VaultResponse:
        """Read the level of one logger.

        ``GET /v1/sys/loggers/{name}``

        :param name: the logger's name, as ``read_logger_levels`` lists them (``core``, ``expiration`` …).
        :return: the decoded answer (``data.<name>``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_loggers_url(name))

    def update_logger_level(self, name: str, level: str) -> VaultResponse:
        """Set the level of one logger, until the server restarts or it is reverted.

        ``POST /v1/sys/loggers/{name}``

        :param name: the logger's name.
        :param level: ``trace``, ``debug``, ``info``, ``warn`` or ``error`` (OpenBao judges it).
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_loggers_url(name), json={"level": level})

    def revert_logger_level(self, name: str) -> VaultResponse:
        """Set one logger back to the level of the server's configuration.

        ``DELETE /v1/sys/loggers/{name}``

        :param name: the logger's name.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_loggers_url(name))

    # --- Log monitor --------------------------------------------------------------------------

    def monitor_logs(self, log_level: Optional[str] = None, log_format: Optional[str] = None) -> Iterator[str]:
        """Follow the server's log: the request is sent at once, then the lines come as they are written.

        ``GET /v1/sys/monitor``

        Stop by leaving the loop (or calling ``close()`` on the generator): the connection is closed.
        While no line comes, the client's ``timeout`` ends the wait with a ``requests`` timeout error.

        :param log_level: the least severe level shown: ``trace``, ``debug``, ``info`` (OpenBao's default),
            ``warn`` or ``error``.
        :param log_format: ``standard`` (OpenBao's default) or ``json`` (one JSON object per line).
        :return: a generator of the log lines (str, without the line ending).
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        params = utils.remove_nones({"log_level": log_level, "log_format": log_format})
        response = self._adapter.request_response("get", "/v1/sys/monitor", params=params, stream=True)
        return _lines(response)

    # --- pprof --------------------------------------------------------------------------------

    def read_pprof_index(self) -> bytes:
        """Read the HTML page listing the profiles (root token, or a listener with
        ``unauthenticated_pprof_access``).

        ``GET /v1/sys/pprof``

        :return: the HTML page, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("")

    def read_pprof_allocs(self, debug: Optional[int] = None) -> bytes:
        """Read a sampling of every past memory allocation.

        ``GET /v1/sys/pprof/allocs``

        :param debug: ``1`` for a text report instead of the binary (gzipped protobuf) profile.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("allocs", debug=debug)

    def read_pprof_block(self, debug: Optional[int] = None) -> bytes:
        """Read the stack traces that led to blocking on synchronization primitives.

        ``GET /v1/sys/pprof/block``

        :param debug: ``1`` for a text report instead of the binary profile.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("block", debug=debug)

    def read_pprof_cmdline(self) -> bytes:
        """Read the server's command line (arguments separated by NUL bytes).

        ``GET /v1/sys/pprof/cmdline``

        :return: the command line, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("cmdline")

    def read_pprof_goroutine(self, debug: Optional[int] = None) -> bytes:
        """Read the stack traces of every current goroutine.

        ``GET /v1/sys/pprof/goroutine``

        :param debug: ``1`` for a text report, ``2`` for the stacks as a panic prints them.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("goroutine", debug=debug)

    def read_pprof_heap(self, debug: Optional[int] = None) -> bytes:
        """Read a sampling of the memory allocations of live objects.

        ``GET /v1/sys/pprof/heap``

        :param debug: ``1`` for a text report instead of the binary profile.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("heap", debug=debug)

    def read_pprof_mutex(self, debug: Optional[int] = None) -> bytes:
        """Read the stack traces of the holders of contended mutexes.

        ``GET /v1/sys/pprof/mutex``

        :param debug: ``1`` for a text report instead of the binary profile.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("mutex", debug=debug)

    def read_pprof_cpu_profile(self, seconds: Optional[int] = None) -> bytes:
        """Profile the CPU for a while and read the profile.

        ``GET /v1/sys/pprof/profile``

        :param seconds: how long to profile (OpenBao's default is 30); keep it below the client's timeout.
        :return: the profile (gzipped protobuf), as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("profile", seconds=seconds)

    def read_pprof_symbol(self) -> bytes:
        """Read the symbol lookup summary (``num_symbols: 1`` when symbols are available).

        ``GET /v1/sys/pprof/symbol``

        :return: the text, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("symbol")

    def read_pprof_threadcreate(self, debug: Optional[int] = None) -> bytes:
        """Read the stack traces that led to the creation of OS threads.

        ``GET /v1/sys/pprof/threadcreate``

        :param debug: ``1`` for a text report instead of the binary profile.
        :return: the profile, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("threadcreate", debug=debug)

    def read_pprof_trace(self, seconds: Optional[int] = None) -> bytes:
        """Trace the execution for a while and read the trace (for ``go tool trace``).

        ``GET /v1/sys/pprof/trace``

        :param seconds: how long to trace (OpenBao's default is 1); keep it below the client's timeout.
        :return: the trace, as bytes.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._pprof("trace", seconds=seconds)

    def _pprof(self, profile: str, **params: Any) -> bytes:
        url = f"/v1/sys/pprof/{profile}" if profile else "/v1/sys/pprof"
        return self._adapter.request_response("get", url, params=utils.remove_nones(params)).content


def _loggers_url(name: Optional[str] = None) -> str:
    if name is None:
        return "/v1/sys/loggers"
    return utils.format_url("/v1/sys/loggers/{name}", name=name)


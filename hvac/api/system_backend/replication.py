"""System backend: replication between clusters (``/v1/sys/replication/...``; Vault Enterprise).

Vault Enterprise replicates in two ways, each with its own primary and secondaries: **performance**
replication (secondaries serve clients and issue their own tokens) and **disaster recovery** (DR)
replication (warm standbys that serve nothing until promoted). The methods below act on
performance replication and take ``dr=True`` to act on DR replication instead; those of them that
Vault also serves at the early unprefixed paths (``/v1/sys/replication/primary/enable`` …) take
``legacy_path=True`` to use them. Those paths act on performance replication; only early Vault
pages document them.

Only :meth:`Replication.read_replication_status` is served by Vault Community (it reports
replication as disabled); it and OpenBao answer the other paths with an error. Calls on a DR
secondary are authorized by a DR operation token (``dr_operation_token``), built from a quorum of
unseal or recovery keys (``/v1/sys/replication/dr/secondary/generate-operation-token/*``).

Reference: https://developer.hashicorp.com/vault/api-docs/system/replication
"""
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _replication_url(action: str, dr: bool = False, legacy_path: bool = False) -> str:
    """``/v1/sys/replication/{performance|dr}/<action>``, or the unprefixed legacy path."""
    if legacy_path:
        if dr:
            raise exceptions.ParamValidationError(
                "legacy_path reaches performance replication only: give dr or legacy_path, not both"
            )
        return f"/v1/sys/replication/{action}"
    return f"/v1/sys/replication/{'dr' if dr else 'performance'}/{action}"


def _paths_filter_url(secondary_id: str) -> str:
    return utils.format_url("/v1/sys/replication/performance/primary/paths-filter/{id}", id=secondary_id)


class Replication(SystemBackendMixin[VaultResponse]):
    """Performance and DR replication (Vault Enterprise; the status also on Vault Community)."""

    def _replicate(self, action: str, fields: Dict[str, Any], dr: bool, legacy_path: bool = False) -> VaultResponse:
        body = utils.remove_nones(fields)
        return self._adapter.post(_replication_url(action, dr, legacy_path), json=body or None)

    def read_replication_status(self, *, dr: bool = False, performance: bool = False) -> VaultResponse:
        """Report this cluster's replication mode and progress (no token needed).

        ``GET /v1/sys/replication/status`` (both kinds), ``GET /v1/sys/replication/dr/status``
        (``dr``) or ``GET /v1/sys/replication/performance/status`` (``performance``)

        :param dr: report DR replication only (Vault Enterprise).
        :param performance: report performance replication only (Vault Enterprise).
        :raises hvac.exceptions.ParamValidationError: when both flags are given.
        :return: the decoded answer (``data.mode``, ``data.cluster_id``, ``data.known_secondaries``
            or ``data.known_primary_cluster_addrs`` …; ``data.dr`` and ``data.performance`` for
            both kinds), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        if dr and performance:
            raise exceptions.ParamValidationError("give dr or performance, not both (neither: both kinds)")
        if not (dr or performance):
            return self._adapter.get("/v1/sys/replication/status")
        return self._adapter.get(_replication_url("status", dr))

    # --- on the primary -----------------------------------------------------------------------

    def enable_replication_primary(
        self, primary_cluster_addr: Optional[str] = None, *, dr: bool = False, legacy_path: bool = False
    ) -> VaultResponse:
        """Make this cluster a replication primary (a DR secondary is promoted instead).

        ``POST /v1/sys/replication/performance/primary/enable``; ``…/dr/primary/enable`` with
        ``dr``, ``/v1/sys/replication/primary/enable`` with ``legacy_path``

        :param primary_cluster_addr: the cluster address secondaries connect to, when the
            configured one is unreachable from them (e.g. behind a TCP load balancer).
        :param dr: enable DR replication.
        :param legacy_path: use the early unprefixed path.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("primary/enable", {"primary_cluster_addr": primary_cluster_addr}, dr, legacy_path)

    def demote_replication_primary(self, *, dr: bool = False, legacy_path: bool = False) -> VaultResponse:
        """Turn the primary into a secondary that keeps its cluster ID and connects to no primary
        until :meth:`update_replication_primary` names one.

        ``POST /v1/sys/replication/performance/primary/demote``; ``…/dr/primary/demote`` with
        ``dr``, ``/v1/sys/replication/primary/demote`` with ``legacy_path``

        :param dr: demote the DR primary.
        :param legacy_path: use the early unprefixed path.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("primary/demote", {}, dr, legacy_path)

    def disable_replication_primary(self, *, dr: bool = False, legacy_path: bool = False) -> VaultResponse:
        """Switch replication off on the primary: secondaries can no longer connect, and enabling it
        again gives the cluster a new ID (secondaries then need a wipe).

        ``POST /v1/sys/replication/performance/primary/disable``; ``…/dr/primary/disable`` with
        ``dr``, ``/v1/sys/replication/primary/disable`` with ``legacy_path``

        :param dr: disable DR replication.
        :param legacy_path: use the early unprefixed path.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request (400).
        :raises hvac.exceptions.Forbidden: when the token lacks ``sudo`` or the capability (403).
        """
        return self._replicate("primary/disable", {}, dr, legacy_path)

    def generate_replication_secondary_token(
        self, secondary_id: str, ttl: Optional[Union[str, int]] = None,
        secondary_public_key: Optional[str] = None, *, dr: bool = False, legacy_path: bool = False,
    ) -> VaultResponse:
        """Create the activation token a new secondary is enabled with (needs ``sudo``).

        ``POST /v1/sys/replication/performance/primary/secondary-token``; ``…/dr/primary/secondary-token``
        with ``dr``, ``/v1/sys/replication/primary/secondary-token`` with ``legacy_path`` (early pages
        document a GET there; Vault 1.15 declares a POST)

        :param secondary_id: an ID of your choice for the secondary (sent as ``id``), used later to revoke it.
        :param ttl: how long the activation token is valid (Vault's default is ``30m``).
        :param secondary_public_key: the key :meth:`generate_replication_public_key` returned on the
            secondary (Vault 1.3+): the credentials are then encrypted for it instead of wrapped.
        :param dr: create a DR secondary token.
        :param legacy_path: use the early unprefixed path.
        :return: the decoded answer (the token is ``wrap_info.token``; with a public key the
            answer's shape is not documented), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks ``sudo`` or the capability (403).
        """
        fields = {"id": secondary_id, "ttl": ttl, "secondary_public_key": secondary_public_key}
        return self._replicate("primary/secondary-token", fields, dr, legacy_path)

    def revoke_replication_secondary(
        self, secondary_id: str, *, dr: bool = False, legacy_path: bool = False
    ) -> VaultResponse:
        """Disconnect a secondary and revoke its right to connect (it needs a new token to come back).

        ``POST /v1/sys/replication/performance/primary/revoke-secondary``; ``…/dr/primary/revoke-secondary``
        with ``dr``, ``/v1/sys/replication/primary/revoke-secondary`` with ``legacy_path``

        :param secondary_id: the ID the secondary's token was created with (sent as ``id``).
        :param dr: revoke a DR secondary.
        :param legacy_path: use the early unprefixed path (the path Vault 1.15 declares; early
            pages give it as ``…/secondary/revoke-secondary``).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("primary/revoke-secondary", {"id": secondary_id}, dr, legacy_path)

    # --- on a secondary -----------------------------------------------------------------------

    def generate_replication_public_key(self, *, dr: bool = False) -> VaultResponse:
        """Create a key pair on a cluster about to become a secondary (Vault 1.3+); the primary
        encrypts the secondary's credentials for its public key.

        ``POST /v1/sys/replication/performance/secondary/generate-public-key``, or
        ``…/dr/secondary/generate-public-key`` with ``dr``

        :param dr: for a future DR secondary.
        :return: the decoded answer (not documented; community scripts read
            ``data.secondary_public_key``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("secondary/generate-public-key", {}, dr)

    def enable_replication_secondary(
        self, token: str, primary_api_addr: Optional[str] = None, ca_file: Optional[str] = None,
        ca_path: Optional[str] = None, *, dr: bool = False, legacy_path: bool = False,
    ) -> VaultResponse:
        """Make this cluster a secondary of the primary that issued ``token``: **all its data is wiped**.

        ``POST /v1/sys/replication/performance/secondary/enable``; ``…/dr/secondary/enable`` with
        ``dr``, ``/v1/sys/replication/secondary/enable`` with ``legacy_path``

        :param token: the activation token from :meth:`generate_replication_secondary_token`.
        :param primary_api_addr: the primary's API address, instead of the one in the token.
        :param ca_file: a PEM CA file on the server, to verify the primary when unwrapping the token.
        :param ca_path: a directory of PEM CA files on the server, for the same purpose (neither:
            the system's roots).
        :param dr: become a DR secondary.
        :param legacy_path: use the early unprefixed path.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"token": token, "primary_api_addr": primary_api_addr, "ca_file": ca_file, "ca_path": ca_path}
        return self._replicate("secondary/enable", fields, dr, legacy_path)

    def promote_replication_secondary(
        self, primary_cluster_addr: Optional[str] = None, force: Optional[bool] = None,
        dr_operation_token: Optional[str] = None, *, dr: bool = False, legacy_path: bool = False,
    ) -> VaultResponse:
        """Promote this secondary to primary (the other secondaries need new tokens).

        ``POST /v1/sys/replication/performance/secondary/promote``; ``…/dr/secondary/promote`` with
        ``dr`` (no token needed: the DR operation token authorizes it),
        ``/v1/sys/replication/secondary/promote`` with ``legacy_path``

        :param primary_cluster_addr: the cluster address the new secondaries connect to.
        :param force: promote even when the safety checks fail (data not yet replicated may be
            lost; not documented for the legacy path).
        :param dr_operation_token: the DR operation token (required with ``dr``).
        :param dr: promote a DR secondary.
        :param legacy_path: use the early unprefixed path.
        :return: the decoded answer (for DR: ``data.complete``, ``data.progress``,
            ``data.required``), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields = {"primary_cluster_addr": primary_cluster_addr, "force": force, "dr_operation_token": dr_operation_token}
        return self._replicate("secondary/promote", fields, dr, legacy_path)

    def disable_replication_secondary(
        self, dr_operation_token: Optional[str] = None, *, dr: bool = False, legacy_path: bool = False
    ) -> VaultResponse:
        """Switch replication off on this secondary (enabling it again gives it a new cluster ID).

        ``POST /v1/sys/replication/performance/secondary/disable``; ``…/dr/secondary/disable`` with
        ``dr``, ``/v1/sys/replication/secondary/disable`` with ``legacy_path``

        :param dr_operation_token: the DR operation token (with ``dr``; required by current
            docs, absent from older ones).
        :param dr: disable DR replication on a DR secondary.
        :param legacy_path: use the early unprefixed path.
        :return: the requests.Response; Vault does not document the answer.
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("secondary/disable", {"dr_operation_token": dr_operation_token}, dr, legacy_path)

    def update_replication_primary(
        self, token: Optional[str] = None, primary_api_addr: Optional[str] = None,
        ca_file: Optional[str] = None, ca_path: Optional[str] = None,
        update_primary_addrs: Optional[List[str]] = None, dr_operation_token: Optional[str] = None, *,
        dr: bool = False, legacy_path: bool = False,
    ) -> VaultResponse:
        """Point this secondary at another primary, without wiping its data.

        ``POST /v1/sys/replication/performance/secondary/update-primary``; ``…/dr/secondary/update-primary``
        with ``dr``, ``/v1/sys/replication/secondary/update-primary`` with ``legacy_path``

        :param token: an activation token from the new primary; ``""`` keeps the cluster a
            secondary of no primary (it stops reconnecting).
        :param primary_api_addr: the primary's API address, instead of the one in the token.
        :param ca_file: a PEM CA file on the server to verify the primary with.
        :param ca_path: a directory of PEM CA files on the server.
        :param update_primary_addrs: cluster addresses of candidate primaries, tried in order,
            instead of a ``token`` (newer Vault docs).
        :param dr_operation_token: the DR operation token (required with ``dr``).
        :param dr: update a DR secondary.
        :param legacy_path: use the early unprefixed path (``token`` and the address fields only).
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.ParamValidationError: for ``dr`` with ``legacy_path``.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        fields: Dict[str, Any] = {"token": token, "primary_api_addr": primary_api_addr, "ca_file": ca_file}
        fields.update(ca_path=ca_path, update_primary_addrs=update_primary_addrs, dr_operation_token=dr_operation_token)
        return self._replicate("secondary/update-primary", fields, dr, legacy_path)

    # --- both roles, and DR secondaries only ---------------------------------------------------

    def reindex_replication(
        self, diff: Optional[bool] = None, force: Optional[bool] = None, skip_flush: Optional[bool] = None,
        dr_operation_token: Optional[str] = None, *, dr: bool = False,
    ) -> VaultResponse:
        """Rebuild the replication index of the local storage (this can take long).

        ``POST /v1/sys/replication/reindex`` (needs ``sudo``), or
        ``POST /v1/sys/replication/dr/secondary/reindex`` on a DR secondary (``dr``)

        :param diff: a slower reindex that checks each key, for diagnosis.
        :param force: reindex everything from what is in storage.
        :param skip_flush: skip flushing the tree, so that it stays locked for less time (if the
            node dies before the background flush, reindex again).
        :param dr_operation_token: the DR operation token (required with ``dr``).
        :param dr: reindex a DR secondary.
        :return: the decoded answer (``warnings``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks ``sudo`` or the capability (403).
        """
        fields = {"diff": diff, "force": force, "skip_flush": skip_flush, "dr_operation_token": dr_operation_token}
        url = "/v1/sys/replication/dr/secondary/reindex" if dr else "/v1/sys/replication/reindex"
        return self._adapter.post(url, json=utils.remove_nones(fields) or None)

    def recover_replication(self, dr_operation_token: Optional[str] = None, *, dr: bool = False) -> VaultResponse:
        """Try to restart replication that stopped syncing after an error.

        ``POST /v1/sys/replication/recover``, or ``POST /v1/sys/replication/dr/secondary/recover``
        on a DR secondary (``dr``; Vault 1.4+, no API page documents its parameters)

        :param dr_operation_token: a DR operation token, sent when given (the DR-secondary form
            is not documented; the other DR-secondary calls are authorized by one).
        :param dr: recover a DR secondary.
        :return: the decoded answer (``warnings``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = "/v1/sys/replication/dr/secondary/recover" if dr else "/v1/sys/replication/recover"
        return self._adapter.post(url, json=utils.remove_nones({"dr_operation_token": dr_operation_token}) or None)

    def delete_dr_operation_token(self, dr_operation_token: str) -> VaultResponse:
        """Revoke a DR operation token (it has no TTL: delete it once used).

        ``POST /v1/sys/replication/dr/secondary/operation-token/delete`` (no Vault token needed)

        :param dr_operation_token: the DR operation token to revoke.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._replicate("secondary/operation-token/delete", {"dr_operation_token": dr_operation_token}, True)

    def read_dr_secondary_license_status(self) -> VaultResponse:
        """Read the license of a DR secondary, which does not serve ``/v1/sys/license/status``.

        ``GET /v1/sys/replication/dr/secondary/license/status`` (no token needed)

        Not documented: the path comes from Vault's list of Enterprise endpoints; the answer's
        format is unknown.

        :return: the decoded answer, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get("/v1/sys/replication/dr/secondary/license/status")

    def reload_dr_secondary_subsystem(self, subsystem: str) -> VaultResponse:
        """Reload a subsystem's configuration on a DR secondary (presumably the DR form of
        :meth:`reload_subsystem`, whose one documented subsystem is ``license``).

        ``POST /v1/sys/replication/dr/secondary/config/reload/{subsystem}``

        Not documented: the path is the one Vault 1.15 declares, which differs from the form in
        Vault's list of unauthenticated paths (``…/dr/secondary/sys/config/reload/license``).

        :param subsystem: the subsystem, e.g. ``license``.
        :return: the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        url = utils.format_url("/v1/sys/replication/dr/secondary/config/reload/{subsystem}", subsystem=subsystem)
        return self._adapter.post(url)

    # --- performance-secondary filters -----------------------------------------------------------

    def create_or_update_replication_paths_filter(
        self, secondary_id: str, mode: Optional[str] = None, paths: Optional[List[str]] = None
    ) -> VaultResponse:
        """Choose the mounts and namespaces a performance secondary receives (replaces its filter).

        ``POST /v1/sys/replication/performance/primary/paths-filter/{id}``

        Filters must be created again after the secondary gets a new token through
        :meth:`update_replication_primary`.

        :param secondary_id: the secondary, by the cluster ID its replication status reports.
        :param mode: ``allow`` (Vault's default: only ``paths`` are replicated) or ``deny``
            (everything but ``paths``).
        :param paths: mount and namespace paths, e.g. ``["secret/", "ns1/"]``.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_paths_filter_url(secondary_id), json=utils.remove_nones({"mode": mode, "paths": paths}))

    def read_replication_paths_filter(self, secondary_id: str) -> VaultResponse:
        """Read the paths filter of a performance secondary.

        ``GET /v1/sys/replication/performance/primary/paths-filter/{id}``

        :param secondary_id: the secondary, by its cluster ID.
        :return: the decoded answer (``mode``, ``paths``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_paths_filter_url(secondary_id))

    def delete_replication_paths_filter(self, secondary_id: str) -> VaultResponse:
        """Remove the paths filter of a performance secondary: it receives everything again.

        ``DELETE /v1/sys/replication/performance/primary/paths-filter/{id}``

        :param secondary_id: the secondary, by its cluster ID.
        :return: the requests.Response (the answer is not documented).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_paths_filter_url(secondary_id))

    def read_replication_dynamic_filter(self, secondary_id: str, *, on_secondary: bool = False) -> VaultResponse:
        """Read the mounts and namespaces filtered dynamically for a performance secondary.

        ``GET /v1/sys/replication/performance/primary/dynamic-filter/{id}``, or
        ``…/performance/secondary/dynamic-filter/{id}`` when asking the secondary (``on_secondary``)

        :param secondary_id: the secondary, by its cluster ID.
        :param on_secondary: the client talks to the secondary rather than the primary.
        :return: the decoded answer (``dynamic_filtered_mounts``, ``dynamic_filtered_namespaces``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        role = "secondary" if on_secondary else "primary"
        return self._adapter.get(utils.format_url(f"/v1/sys/replication/performance/{role}/dynamic-filter/{{id}}", id=secondary_id))

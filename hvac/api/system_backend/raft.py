"""System backend: the integrated (Raft) storage (``/v1/sys/storage/raft``).

The automated snapshot endpoints (``snapshot-auto``) are Vault Enterprise only. Beyond the
reference: autopilot, promoting and demoting voters, and the bootstrap challenge of a joining node.
"""
from typing import Any, Optional, Union

from hvac import adapters, utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse

_RAFT = "/v1/sys/storage/raft"


def _auto_snapshot_path(kind: str, name: str) -> str:
    return utils.format_url(_RAFT + "/snapshot-auto/{kind}/{name}", kind=kind, name=name)


class Raft(SystemBackendMixin[VaultResponse]):
    """Raft cluster membership, snapshots, and (Enterprise) automated snapshots."""

    # --- cluster ------------------------------------------------------------------------------

    def join_raft_cluster(
        self,
        leader_api_addr: str,
        retry: bool = False,
        leader_ca_cert: Optional[str] = None,
        leader_client_cert: Optional[str] = None,
        leader_client_key: Optional[str] = None,
    ) -> VaultResponse:
        """Join this (uninitialised) node to the Raft cluster led by ``leader_api_addr``.

        ``POST /v1/sys/storage/raft/join``

        :param leader_api_addr: the API address of the leader, e.g. ``https://10.0.0.1:8200``.
        :param retry: keep retrying the join until it succeeds.
        :param leader_ca_cert: PEM CA certificate to trust the leader with.
        :param leader_client_cert: PEM client certificate for the leader.
        :param leader_client_key: PEM key of ``leader_client_cert``.
        :return: the decoded answer (``joined``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "leader_api_addr": leader_api_addr,
                "retry": retry,
                "leader_ca_cert": leader_ca_cert,
                "leader_client_cert": leader_client_cert,
                "leader_client_key": leader_client_key,
            }
        )
        return self._adapter.post(_RAFT + "/join", json=params)

    def read_raft_config(self) -> VaultResponse:
        """Read the Raft cluster configuration (its servers, leader and voters).

        ``GET /v1/sys/storage/raft/configuration``

        :return: the decoded answer (``data.config.servers`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_RAFT + "/configuration")

    def remove_raft_node(self, server_id: str) -> VaultResponse:
        """Remove a node from the Raft cluster.

        ``POST /v1/sys/storage/raft/remove-peer``

        :param server_id: the node's ID (its ``node_id``).
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/remove-peer", json={"server_id": server_id})

    # --- snapshots ----------------------------------------------------------------------------

    def take_raft_snapshot(self) -> Any:
        """Download a snapshot of the Raft storage.

        ``GET /v1/sys/storage/raft/snapshot``

        The answer is binary, so it always comes back as the (streamed) requests.Response, whatever
        the client's adapter: read ``.content`` or iterate ``.iter_content()``.

        :return: the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        raw_adapter = adapters.RawAdapter.from_adapter(self._adapter)
        return raw_adapter.get(_RAFT + "/snapshot", stream=True)

    def restore_raft_snapshot(self, snapshot: Union[bytes, Any]) -> VaultResponse:
        """Restore the Raft storage from a snapshot taken on this cluster.

        ``POST /v1/sys/storage/raft/snapshot``

        :param snapshot: the snapshot bytes (or a file object), as :meth:`take_raft_snapshot` gave them.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/snapshot", data=snapshot)

    def force_restore_raft_snapshot(self, snapshot: Union[bytes, Any]) -> VaultResponse:
        """Restore the Raft storage from a snapshot even if its keyring does not match this cluster's.

        ``POST /v1/sys/storage/raft/snapshot-force``

        :param snapshot: the snapshot bytes (or a file object).
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/snapshot-force", data=snapshot)

    # --- automated snapshots (Enterprise) -----------------------------------------------------

    def list_raft_auto_snapshot_configs(self) -> VaultResponse:
        """List the automated snapshot configurations (Vault Enterprise).

        ``LIST /v1/sys/storage/raft/snapshot-auto/config``

        :return: the decoded answer (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        return self._adapter.list(_RAFT + "/snapshot-auto/config")

    def read_raft_auto_snapshot_config(self, name: str) -> VaultResponse:
        """Read an automated snapshot configuration (Vault Enterprise).

        ``GET /v1/sys/storage/raft/snapshot-auto/config/{name}``

        :param name: the configuration name.
        :return: the decoded configuration, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_auto_snapshot_path("config", name))

    def read_raft_auto_snapshot_status(self, name: str) -> VaultResponse:
        """Read the status of an automated snapshot configuration (Vault Enterprise).

        ``GET /v1/sys/storage/raft/snapshot-auto/status/{name}``

        :param name: the configuration name.
        :return: the decoded status, or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_auto_snapshot_path("status", name))

    def create_or_update_raft_auto_snapshot_config(
        self, name: str, interval: str, storage_type: str, retain: int = 1, **kwargs: Any
    ) -> VaultResponse:
        """Create or update an automated snapshot configuration (Vault Enterprise).

        ``POST /v1/sys/storage/raft/snapshot-auto/config/{name}``

        :param name: the configuration name.
        :param interval: time between snapshots, e.g. ``"1h"``.
        :param storage_type: where snapshots go: ``local``, ``aws-s3``, ``azure-blob``, ``google-gcs``.
        :param retain: how many snapshots to keep.
        :param kwargs: the storage type's own parameters (``path_prefix``, ``aws_s3_bucket`` …),
            sent as they are.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = {"interval": interval, "storage_type": storage_type, "retain": retain, **kwargs}
        return self._adapter.post(_auto_snapshot_path("config", name), json=params)

    def delete_raft_auto_snapshot_config(self, name: str) -> VaultResponse:
        """Delete an automated snapshot configuration (Vault Enterprise).

        ``DELETE /v1/sys/storage/raft/snapshot-auto/config/{name}``

        :param name: the configuration name.
        :return: the requests.Response (Vault answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(_auto_snapshot_path("config", name))

    # --- autopilot (beyond the reference) -----------------------------------------------------

    def read_raft_autopilot_configuration(self) -> VaultResponse:
        """Read how autopilot manages the Raft cluster (beyond the reference).

        ``GET /v1/sys/storage/raft/autopilot/configuration``

        :return: the decoded answer (``data.cleanup_dead_servers``, ``data.min_quorum`` …; durations
            in Go notation such as ``"10s"``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_RAFT + "/autopilot/configuration")

    def configure_raft_autopilot(
        self,
        cleanup_dead_servers: Optional[bool] = None,
        dead_server_last_contact_threshold: Optional[Union[int, str]] = None,
        disable_upgrade_migration: Optional[bool] = None,
        last_contact_threshold: Optional[Union[int, str]] = None,
        max_trailing_logs: Optional[int] = None,
        min_quorum: Optional[int] = None,
        server_stabilization_time: Optional[Union[int, str]] = None,
    ) -> VaultResponse:
        """Change how autopilot manages the Raft cluster; only the arguments given change (beyond the reference).

        ``POST /v1/sys/storage/raft/autopilot/configuration``

        :param cleanup_dead_servers: remove dead servers from the cluster automatically.
        :param dead_server_last_contact_threshold: how long without contact makes a server dead
            (seconds or a duration string; only with ``cleanup_dead_servers``).
        :param disable_upgrade_migration: turn off automated upgrade migrations.
        :param last_contact_threshold: how long without contact makes a server unhealthy.
        :param max_trailing_logs: how many log entries a server may lag behind and stay healthy.
        :param min_quorum: the fewest voters autopilot keeps when pruning dead servers (at least 3).
        :param server_stabilization_time: how long a new server must stay healthy before it votes.
        :return: the requests.Response (OpenBao answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "cleanup_dead_servers": cleanup_dead_servers,
                "dead_server_last_contact_threshold": dead_server_last_contact_threshold,
                "disable_upgrade_migration": disable_upgrade_migration,
                "last_contact_threshold": last_contact_threshold,
                "max_trailing_logs": max_trailing_logs,
                "min_quorum": min_quorum,
                "server_stabilization_time": server_stabilization_time,
            }
        )
        return self._adapter.post(_RAFT + "/autopilot/configuration", json=params)

    def read_raft_autopilot_state(self) -> VaultResponse:
        """Read the cluster's health as autopilot sees it (beyond the reference).

        ``GET /v1/sys/storage/raft/autopilot/state``

        :return: the decoded answer (``data.healthy``, ``data.leader``, ``data.voters``,
            ``data.servers.<node_id>`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(_RAFT + "/autopilot/state")

    # --- voters and joining (beyond the reference) --------------------------------------------

    def promote_raft_node(self, server_id: str) -> VaultResponse:
        """Make a permanent non-voter of the Raft cluster a voter (beyond the reference).

        ``POST /v1/sys/storage/raft/promote``

        :param server_id: the node's ID (its ``node_id``).
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/promote", json={"server_id": server_id})

    def demote_raft_node(self, server_id: str) -> VaultResponse:
        """Make a voter of the Raft cluster a permanent non-voter (beyond the reference).

        ``POST /v1/sys/storage/raft/demote``

        :param server_id: the node's ID (its ``node_id``).
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/demote", json={"server_id": server_id})

    def create_raft_bootstrap_challenge(self, server_id: str) -> VaultResponse:
        """Start the join handshake of a new node: the leader answers a challenge encrypted with the
        cluster's keyring, which only an unsealed node can read (beyond the reference; a joining
        node does this itself).

        ``POST /v1/sys/storage/raft/bootstrap/challenge``

        :param server_id: the joining node's ID.
        :return: the decoded answer (``data.challenge``, base64, and ``data.seal_config``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(_RAFT + "/bootstrap/challenge", json={"server_id": server_id})

    def answer_raft_bootstrap_challenge(
        self, server_id: str, answer: str, cluster_addr: str, non_voter: Optional[bool] = None
    ) -> VaultResponse:
        """Finish the join handshake of a new node with its decrypted challenge (beyond the reference).

        ``POST /v1/sys/storage/raft/bootstrap/answer``

        :param server_id: the joining node's ID.
        :param answer: the decrypted challenge, base64-encoded.
        :param cluster_addr: the joining node's cluster address, e.g. ``https://10.0.0.2:8201``.
        :param non_voter: join as a permanent non-voter.
        :return: the decoded answer (the cluster's ``peers`` and ``tls_keyring`` under ``data``),
            or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {"server_id": server_id, "answer": answer, "cluster_addr": cluster_addr, "non_voter": non_voter}
        )
        return self._adapter.post(_RAFT + "/bootstrap/answer", json=params)

"""System backend: namespaces (``/v1/sys/namespaces``).

Beyond the reference: reading and patching one namespace, API locks, and OpenBao's sealable
namespaces (a namespace created with its own ``seal`` configuration has its own keys and is
sealed and unsealed on its own).
"""
from typing import Any, Dict, List, Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse




def _namespace_url(path: str, action: str = "") -> str:
    return utils.format_url("/v1/sys/namespaces/{path}", path=path) + action


def _api_lock_url(action: str, path: Optional[str]) -> str:
    url = "/v1/sys/namespaces/api-lock/" + action
    return url if path is None else url + utils.format_url("/{path}", path=path)


class Namespace(SystemBackendMixin[VaultResponse]):
    """Create, list and delete namespaces (children of the client's current namespace)."""

    def create_namespace(self, path: str) -> VaultResponse:
        """Create a namespace.

        ``POST /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the decoded response (``id``, ``path``...), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/namespaces/{path}", path=path)
        return self._adapter.post(url=api_path)

    def list_namespaces(self, *, scan: bool = False) -> VaultResponse:
        """List the child namespaces of the client's namespace.

        ``LIST /v1/sys/namespaces``, or ``GET /v1/sys/namespaces?scan=true`` with ``scan``

        :param scan: list every descendant, at any depth (OpenBao's recursive listing; not Vault).
        :return: the decoded response (``data.keys``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        if scan:
            return self._adapter.get(url="/v1/sys/namespaces", params={"scan": "true"})
        return self._adapter.list(url="/v1/sys/namespaces")

    def delete_namespace(self, path: str) -> VaultResponse:
        """Delete a namespace (it must be empty of child namespaces).

        ``DELETE /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        api_path = utils.format_url("/v1/sys/namespaces/{path}", path=path)
        return self._adapter.delete(url=api_path)

    # --- beyond the reference -----------------------------------------------------------------

    def read_namespace(self, path: str) -> VaultResponse:
        """Read a namespace (beyond the reference).

        ``GET /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the decoded answer (``id``, ``path``, ``custom_metadata``, ``locked`` …), or the
            requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_namespace_url(path))

    def create_or_update_namespace(
        self,
        path: str,
        custom_metadata: Optional[Dict[str, str]] = None,
        seal: Optional[str] = None,
        pgp_keys: Optional[List[str]] = None,
    ) -> VaultResponse:
        """Create a namespace with settings, or update an existing one (beyond the reference).

        ``POST /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :param custom_metadata: string key-value pairs kept with the namespace (replaced as a whole).
        :param seal: an HCL seal stanza giving the namespace its own keys, e.g.
            ``'seal "shamir" { shares = 3 threshold = 2 }'``; the namespace starts sealed and the
            answer carries its ``key_shares``. Only when creating.
        :param pgp_keys: PGP public keys to encrypt the key shares with, one per share.
        :return: the decoded answer (the namespace, plus ``key_shares``/``key_threshold`` for a
            sealable one), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"custom_metadata": custom_metadata, "seal": seal, "pgp_keys": pgp_keys})
        return self._adapter.post(url=_namespace_url(path), json=params)

    def patch_namespace(self, path: str, custom_metadata: Dict[str, Optional[str]]) -> VaultResponse:
        """Change some custom metadata of a namespace, keeping the rest (beyond the reference).

        ``PATCH /v1/sys/namespaces/{path}`` (a JSON merge patch)

        :param path: the namespace's path, relative to the client's namespace.
        :param custom_metadata: keys to set; a key set to ``None`` is removed.
        :return: the decoded answer (the updated namespace), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing at that path to patch (404).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        body: Dict[str, Any] = {"custom_metadata": custom_metadata}
        # OpenBao takes a PATCH only as a JSON merge patch.
        return self._adapter.patch(url=_namespace_url(path), json=body)

    def lock_namespace(self, path: Optional[str] = None) -> VaultResponse:
        """Lock the API of a namespace: every request to it (and its children) is refused until unlocked.

        ``POST /v1/sys/namespaces/api-lock/lock/{path}``, or ``POST /v1/sys/namespaces/api-lock/lock``
        for the client's own namespace (the root namespace cannot be locked)

        :param path: a child namespace of the client's namespace; ``None`` locks the client's namespace.
        :return: the decoded answer (``data.unlock_key``, needed to unlock without ``sudo``), or the
            requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_api_lock_url("lock", path))

    def unlock_namespace(self, path: Optional[str] = None, unlock_key: Optional[str] = None) -> VaultResponse:
        """Unlock the API of a locked namespace.

        ``POST /v1/sys/namespaces/api-lock/unlock/{path}``, or ``POST /v1/sys/namespaces/api-lock/unlock``
        for the client's own namespace

        :param path: a child namespace of the client's namespace; ``None`` for the client's namespace.
        :param unlock_key: the key :meth:`lock_namespace` returned; a token with ``sudo`` may leave it out.
        :return: the decoded answer (a warning when ``sudo`` replaced the key), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_api_lock_url("unlock", path), json=utils.remove_nones({"unlock_key": unlock_key}))

    def seal_namespace(self, path: str) -> VaultResponse:
        """Seal a sealable namespace (one created with its own ``seal``): its mounts become unreachable.

        ``POST /v1/sys/namespaces/{path}/seal``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_namespace_url(path, "/seal"))

    def unseal_namespace(self, path: str, key: Optional[str] = None, reset: Optional[bool] = None) -> VaultResponse:
        """Give one key share towards unsealing a sealable namespace.

        ``POST /v1/sys/namespaces/{path}/unseal``

        :param path: the namespace's path, relative to the client's namespace.
        :param key: one of the namespace's key shares.
        :param reset: discard the shares given so far.
        :return: the decoded seal status (``data.sealed``, ``data.progress`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones({"key": key, "reset": reset})
        return self._adapter.post(url=_namespace_url(path, "/unseal"), json=params)

    def read_namespace_seal_status(self, path: str) -> VaultResponse:
        """Read the seal status of a sealable namespace.

        ``GET /v1/sys/namespaces/{path}/seal-status``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the decoded answer (``data.sealed``, ``data.t``, ``data.n``, ``data.progress`` …), or
            the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_namespace_url(path, "/seal-status"))

    def delete_sealed_namespace(self, path: str) -> VaultResponse:
        """Delete a sealed namespace by wiping its storage (it cannot be unsealed to be emptied first).

        ``DELETE /v1/sys/namespaces/{path}/delete-sealed``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the decoded answer (``data.status``, e.g. ``in-progress``: the deletion runs in the
            background), or the requests.Response.
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_namespace_url(path, "/delete-sealed"))

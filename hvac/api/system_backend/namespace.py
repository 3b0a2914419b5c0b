"""System backend: namespaces (``/v1/sys/namespaces``)."""
from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


class Namespace(SystemBackendMixin):
    """Create, list and delete namespaces (children of the client's current namespace)."""

    def create_namespace(self, path: str) -> VaultResponse:
        """Create a namespace.

        ``POST /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the decoded response (``id``, ``path``...), or the requests.Response.
        """
        api_path = utils.format_url("/v1/sys/namespaces/{path}", path=path)
        return self._adapter.post(url=api_path)

    def list_namespaces(self) -> VaultResponse:
        """List the child namespaces of the client's namespace.

        ``LIST /v1/sys/namespaces``

        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        return self._adapter.list(url="/v1/sys/namespaces")

    def delete_namespace(self, path: str) -> VaultResponse:
        """Delete a namespace (it must be empty of child namespaces).

        ``DELETE /v1/sys/namespaces/{path}``

        :param path: the namespace's path, relative to the client's namespace.
        :return: the requests.Response (Vault answers 204), or the decoded body of a 200.
        """
        api_path = utils.format_url("/v1/sys/namespaces/{path}", path=path)
        return self._adapter.delete(url=api_path)

"""System backend: workflows (``/v1/sys/workflows/...``).

A workflow is a stored definition (HCL or JSON) of requests that OpenBao runs on the server in
one call: ``flow "<name>"`` blocks of ``request "<name>"`` blocks, and an optional ``output``
block that builds the answer from their responses. Workflows are managed under
``sys/workflows/manage``, run under ``sys/workflows/execute`` and debugged under
``sys/workflows/trace`` (which returns every request and response of the run).

Beyond the reference: hvac has no method for these endpoints.
"""
from typing import Optional

from hvac import utils
from hvac.api.system_backend.system_backend_mixin import SystemBackendMixin
from hvac.api.vault_api_base import VaultResponse


def _workflow_url(kind: str, path: str) -> str:
    return utils.format_url("/v1/sys/workflows/{kind}/{path}", kind=kind, path=path)


class Workflows(SystemBackendMixin[VaultResponse]):
    """Workflows (``/v1/sys/workflows/...``)."""

    def create_or_update_workflow(
        self,
        path: str,
        workflow: str,
        description: Optional[str] = None,
        allow_unauthenticated: Optional[bool] = None,
        cas: Optional[int] = None,
        cas_required: Optional[bool] = None,
    ) -> VaultResponse:
        """Store a workflow definition, or replace it (each write makes a new version).

        ``POST /v1/sys/workflows/manage/{path}``

        :param path: the workflow's path, e.g. ``ops/rotate``.
        :param workflow: the definition, HCL or JSON text.
        :param description: a human-friendly description.
        :param allow_unauthenticated: let the workflow be run without a token (use with care).
        :param cas: the version an existing workflow must be at for the write to apply.
        :param cas_required: whether later writes must give ``cas``.
        :return: the decoded answer (the stored workflow with its ``version``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        params = utils.remove_nones(
            {
                "workflow": workflow,
                "description": description,
                "allow_unauthenticated": allow_unauthenticated,
                "cas": cas,
                "cas_required": cas_required,
            }
        )
        return self._adapter.post(url=_workflow_url("manage", path), json=params)

    def read_workflow(self, path: str) -> VaultResponse:
        """Read a stored workflow.

        ``GET /v1/sys/workflows/manage/{path}``

        :param path: the workflow's path.
        :return: the decoded answer (``data.workflow``, ``data.version`` …), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when nothing exists at that path (404).
        :raises hvac.exceptions.Forbidden: when the token may not read it (403).
        """
        return self._adapter.get(url=_workflow_url("manage", path))

    def list_workflows(
        self, path: str = "", limit: Optional[int] = None, after: Optional[str] = None, *, scan: bool = False
    ) -> VaultResponse:
        """List the workflows below a prefix.

        ``LIST /v1/sys/workflows/manage/{path}`` (``LIST /v1/sys/workflows/manage`` for the top), or
        ``GET …?scan=true`` with ``scan``

        :param path: the prefix (up to a ``/``); empty for the top.
        :param limit: return at most this many entries.
        :param after: start listing after this entry (it need not exist), to page through.
        :param scan: list every workflow below the prefix, at any depth (OpenBao's recursive listing).
        :return: the decoded answer (``data.keys`` and ``data.key_info``), or the requests.Response.
        :raises hvac.exceptions.InvalidPath: when there is nothing to list there (404).
        :raises hvac.exceptions.Forbidden: when the token may not list it (403).
        """
        params = utils.remove_nones({"limit": limit, "after": after})
        if scan:
            return self._adapter.get(url=_workflow_url("manage", path), params={**params, "scan": "true"})
        return self._adapter.list(url=_workflow_url("manage", path), params=params)

    def delete_workflow(self, path: str) -> VaultResponse:
        """Delete a stored workflow.

        ``DELETE /v1/sys/workflows/manage/{path}``

        :param path: the workflow's path.
        :return: the requests.Response (OpenBao answers 204).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.delete(url=_workflow_url("manage", path))

    def execute_workflow(self, path: str) -> VaultResponse:
        """Run a stored workflow; the answer is what its ``output`` block builds.

        ``POST /v1/sys/workflows/execute/{path}``

        :param path: the workflow's path.
        :return: the decoded answer (``data`` from the ``output`` block, ``None`` without one), or
            the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_workflow_url("execute", path))

    def trace_workflow(self, path: str) -> VaultResponse:
        """Run a stored workflow and return every request it sent with its response (for debugging).

        ``POST /v1/sys/workflows/trace/{path}``

        :param path: the workflow's path.
        :return: the decoded answer (``data.history.requests``/``data.history.responses`` per flow
            and request name, ``data.error``), or the requests.Response.
        :raises hvac.exceptions.InvalidRequest: when Vault refuses the request or its values (400).
        :raises hvac.exceptions.Forbidden: when the token lacks the capability (403).
        """
        return self._adapter.post(url=_workflow_url("trace", path))

"""AWS secrets engine: dynamic IAM users, assumed roles and federation tokens."""
import json
from typing import Any, Dict, List, Optional, Union

from hvac import exceptions, utils
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.aws import ALLOWED_CREDS_ENDPOINTS, ALLOWED_CREDS_TYPES, DEFAULT_MOUNT_POINT


class Aws(VaultApiBase[VaultResponse]):
    """AWS secrets engine (``/v1/{mount_point}/...``)."""

    def configure_root_iam_credentials(
        self,
        access_key: str,
        secret_key: str,
        region: Optional[str] = None,
        iam_endpoint: Optional[str] = None,
        sts_endpoint: Optional[str] = None,
        max_retries: Optional[int] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        username_template: Optional[str] = None,
    ) -> VaultResponse:
        """Set the IAM credentials Vault uses to talk to AWS.

        ``POST /v1/{mount_point}/config/root``

        :param access_key: AWS access key ID.
        :param secret_key: AWS secret access key.
        :param region: AWS region (Vault falls back to its environment, then ``us-east-1``).
        :param iam_endpoint: custom IAM endpoint URL.
        :param sts_endpoint: custom STS endpoint URL.
        :param max_retries: retries on recoverable errors; always sent, ``null`` meaning Vault's default.
        :param mount_point: path the engine is mounted at.
        :param username_template: template of the IAM user names Vault creates.
        :return: the decoded response, or the requests.Response (204).
        """
        params: Dict[str, Any] = {"access_key": access_key, "secret_key": secret_key, "max_retries": max_retries}
        optional = {"region": region, "iam_endpoint": iam_endpoint, "sts_endpoint": sts_endpoint}
        optional["username_template"] = username_template
        params.update(utils.remove_nones(optional))
        api_path = utils.format_url("/v1/{mount_point}/config/root", mount_point=mount_point)
        return self._adapter.post(url=api_path, json=params)

    def read_root_iam_credentials_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the root configuration (the secret key is never returned).

        ``GET /v1/{mount_point}/config/root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.access_key``, ``data.region`` ...), or the requests.Response.
        """
        return self._adapter.get(url=utils.format_url("/v1/{mount_point}/config/root", mount_point=mount_point))

    def rotate_root_iam_credentials(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Have Vault replace its root IAM access key with a fresh one.

        ``POST /v1/{mount_point}/config/rotate-root``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.access_key``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config/rotate-root", mount_point=mount_point)
        return self._adapter.post(url=api_path)

    def configure_lease(self, lease: str, lease_max: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Set the default and maximum lease of generated credentials.

        ``POST /v1/{mount_point}/config/lease``

        :param lease: default lease duration, e.g. ``"30m"``.
        :param lease_max: maximum lease duration.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response (204).
        """
        api_path = utils.format_url("/v1/{mount_point}/config/lease", mount_point=mount_point)
        return self._adapter.post(url=api_path, json={"lease": lease, "lease_max": lease_max})

    def read_lease_config(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the lease settings.

        ``GET /v1/{mount_point}/config/lease``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/config/lease", mount_point=mount_point)
        return self._adapter.get(url=api_path)

    def create_or_update_role(
        self,
        name: str,
        credential_type: str,
        policy_document: Optional[Union[str, Dict[str, Any]]] = None,
        default_sts_ttl: Optional[Union[str, int]] = None,
        max_sts_ttl: Optional[Union[str, int]] = None,
        role_arns: Optional[List[str]] = None,
        policy_arns: Optional[List[str]] = None,
        legacy_params: bool = False,
        iam_tags: Optional[Union[List[str], Dict[str, str]]] = None,
        mount_point: str = DEFAULT_MOUNT_POINT,
        *,
        iam_groups: Optional[List[str]] = None,
        permissions_boundary_arn: Optional[str] = None,
        user_path: Optional[str] = None,
    ) -> VaultResponse:
        """Create or replace a role that credentials are generated from.

        ``POST /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param credential_type: one of ``iam_user``, ``assumed_role``, ``federation_token``.
        :param policy_document: IAM policy, a JSON string or a dict (serialised, 4-space indented).
        :param default_sts_ttl: default TTL of STS credentials.
        :param max_sts_ttl: maximum TTL of STS credentials.
        :param role_arns: ARNs of roles that may be assumed.
        :param policy_arns: ARNs of managed policies to attach.
        :param legacy_params: send the pre-0.11 Vault parameters (``policy`` and ``arn``, the first policy ARN)
            instead of the ones above (the keyword-only ones below are sent either way).
        :param iam_tags: tags attached to generated IAM users.
        :param mount_point: path the engine is mounted at.
        :param iam_groups: IAM groups generated users join (their policies apply to STS credentials too).
        :param permissions_boundary_arn: ARN of the policy set as permissions boundary of generated users.
        :param user_path: IAM path of generated users (Vault's default ``/``).
        :return: the decoded response, or the requests.Response (204).
        :raises hvac.exceptions.ParamValidationError: for an unknown ``credential_type``.
        """
        if credential_type not in ALLOWED_CREDS_TYPES:
            raise exceptions.ParamValidationError(
                f'invalid credential_type argument provided "{credential_type}", '
                f'supported types: "{", ".join(ALLOWED_CREDS_TYPES)}"'
            )
        if isinstance(policy_document, dict):
            policy_document = json.dumps(policy_document, indent=4, sort_keys=True)

        if legacy_params:
            params: Dict[str, Any] = {
                "policy": policy_document,
                "arn": policy_arns[0] if isinstance(policy_arns, list) else policy_arns,
            }
        else:
            params = {
                "credential_type": credential_type,
                "policy_document": policy_document,
                "default_sts_ttl": default_sts_ttl,
                "max_sts_ttl": max_sts_ttl,
                "role_arns": role_arns,
                "policy_arns": policy_arns,
                "iam_tags": iam_tags,
            }
        params.update(iam_groups=iam_groups, permissions_boundary_arn=permissions_boundary_arn, user_path=user_path)
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.post(url=api_path, json=utils.remove_nones(params))

    def read_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a role.

        ``GET /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response, or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.get(url=api_path)

    def list_roles(self, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """List the role names.

        ``LIST /v1/{mount_point}/roles``

        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.keys``), or the requests.Response.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles", mount_point=mount_point)
        return self._adapter.list(url=api_path)

    def delete_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role (credentials already issued stay valid until revoked).

        ``DELETE /v1/{mount_point}/roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        api_path = utils.format_url("/v1/{mount_point}/roles/{name}", mount_point=mount_point, name=name)
        return self._adapter.delete(url=api_path)

    def generate_credentials(
        self,
        name: str,
        role_arn: Optional[str] = None,
        ttl: Optional[Union[str, int]] = None,
        endpoint: str = "creds",
        mount_point: str = DEFAULT_MOUNT_POINT,
        role_session_name: Optional[str] = None,
        *,
        method: Optional[str] = None,
    ) -> VaultResponse:
        """Generate credentials from a role.

        ``GET /v1/{mount_point}/creds/{name}`` with the options as query parameters, or
        ``POST /v1/{mount_point}/sts/{name}`` with them as a JSON body (Vault serves both verbs on both paths).

        :param name: role name.
        :param role_arn: which of the role's ARNs to assume (required when it has several).
        :param ttl: TTL of STS credentials.
        :param endpoint: ``creds`` or ``sts``.
        :param mount_point: path the engine is mounted at.
        :param role_session_name: session name of assumed-role credentials.
        :param method: ``GET`` (options in the query) or ``POST`` (options in the body); omitted,
            ``GET`` for ``creds`` and ``POST`` for ``sts``, as hvac sends them.
        :return: the decoded response (``data.access_key``, ``data.secret_key`` ...), or the requests.Response.
        :raises hvac.exceptions.ParamValidationError: for an unknown ``endpoint`` or ``method``.
        """
        if endpoint not in ALLOWED_CREDS_ENDPOINTS:
            raise exceptions.ParamValidationError(
                f'invalid endpoint argument provided "{endpoint}", '
                f'supported types: "{", ".join(ALLOWED_CREDS_ENDPOINTS)}"'
            )
        utils.validate_allowed("method", method, ("GET", "POST"), noun="values")
        # Only the options given a truthy value are sent.
        options = {"role_arn": role_arn, "role_session_name": role_session_name, "ttl": ttl}
        params = {key: value for key, value in options.items() if value}
        api_path = utils.format_url(
            "/v1/{mount_point}/{endpoint}/{name}", mount_point=mount_point, endpoint=endpoint, name=name
        )
        if (method or ("POST" if endpoint == "sts" else "GET")) == "POST":
            return self._adapter.post(url=api_path, json=params)
        return self._adapter.get(url=api_path, params=params)

    # --- static roles: existing IAM users whose access keys Vault rotates -------------------------

    def create_or_update_static_role(
        self,
        name: str,
        username: str,
        rotation_period: Union[str, int],
        mount_point: str = DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Adopt an existing IAM user: Vault rotates its access key every ``rotation_period``.

        ``POST /v1/{mount_point}/static-roles/{name}``

        :param name: role name.
        :param username: the IAM user.
        :param rotation_period: time between rotations, e.g. ``"24h"`` or seconds.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (the role), or the requests.Response.
        """
        params = {"username": username, "rotation_period": rotation_period}
        return self._adapter.post(url=self._static_url("roles", name, mount_point), json=params)

    def read_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read a static role.

        ``GET /v1/{mount_point}/static-roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.username``, ``data.rotation_period``), or the requests.Response.
        """
        return self._adapter.get(url=self._static_url("roles", name, mount_point))

    def delete_static_role(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Stop managing the IAM user of a static role (the user and its current key stay).

        ``DELETE /v1/{mount_point}/static-roles/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the response of the DELETE.
        """
        return self._adapter.delete(url=self._static_url("roles", name, mount_point))

    def generate_static_credentials(self, name: str, mount_point: str = DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Read the current access key of a static role's IAM user.

        ``GET /v1/{mount_point}/static-creds/{name}``

        :param name: role name.
        :param mount_point: path the engine is mounted at.
        :return: the decoded response (``data.access_key``, ``data.secret_key``), or the requests.Response.
        """
        return self._adapter.get(url=self._static_url("creds", name, mount_point))

    @staticmethod
    def _static_url(kind: str, name: str, mount_point: str) -> str:
        return utils.format_url("/v1/{mount_point}/static-{kind}/{name}", mount_point=mount_point, kind=kind, name=name)

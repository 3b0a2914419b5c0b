"""AWS auth method: EC2 instances (signed identity documents) and IAM principals (signed STS requests) log in."""
import json
import logging
from base64 import b64encode
from typing import Any, Dict, List, Optional, Union

from hvac import aws_utils, exceptions, utils
from hvac.api.auth_methods._token_fields import TokenFields, shared_field_docs, with_token_fields
from hvac.api.vault_api_base import VaultApiBase, VaultResponse
from hvac.constants.aws import ALLOWED_EC2_ALIAS_TYPES, ALLOWED_IAM_ALIAS_TYPES
from hvac.constants.aws import DEFAULT_MOUNT_POINT as AWS_DEFAULT_MOUNT_POINT

logger = logging.getLogger(__name__)

Duration = Optional[Union[str, int]]

# The two EC2 lists, under the names Vault gives them now and under their deprecated names, which
# hvac's methods use (Vault 1.15 serves both).
IDENTITY_ACCESS_LIST, IDENTITY_WHITELIST = "identity-accesslist", "identity-whitelist"
ROLE_TAG_DENY_LIST, ROLE_TAG_BLACKLIST = "roletag-denylist", "roletag-blacklist"


def _url(template: str, mount_point: str, **kwargs: Any) -> str:
    return utils.format_url("/v1/auth/{mount_point}/" + template, mount_point=mount_point, **kwargs)


def _entry_url(which: str, mount_point: str, key: str) -> str:
    """URL of the entry ``key`` of the list ``which`` (one of the spellings above)."""
    return _url(which + "/{key}", mount_point, key=key)


def _data(response: VaultResponse) -> Any:
    """The ``data`` of a decoded answer (the reference returns only that for reads and lists)."""
    return response.get("data") if isinstance(response, dict) else response


def _b64(text: str) -> str:
    return b64encode(text.encode("utf-8")).decode("utf-8")


def _check_alias(kind: str, value: Optional[str], allowed: List[str]) -> None:
    if value is not None and value not in allowed:
        raise exceptions.ParamValidationError(
            f"invalid {kind} alias type provided: '{value}' - supported {kind} alias types: '{','.join(allowed)}'"
        )


class Aws(VaultApiBase[VaultResponse]):
    """AWS auth method.

    Reads and lists of this class return the ``data`` part of the answer only (as the reference does).

    Reference: https://developer.hashicorp.com/vault/api-docs/auth/aws
    """

    # -- client configuration -------------------------------------------------------------------

    def configure(
        self,
        max_retries: Optional[int] = None,
        access_key: Optional[str] = None,
        secret_key: Optional[str] = None,
        endpoint: Optional[str] = None,
        iam_endpoint: Optional[str] = None,
        sts_endpoint: Optional[str] = None,
        iam_server_id_header_value: Optional[str] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
        sts_region: Optional[str] = None,
        *,
        use_sts_region_from_client: Optional[bool] = None,
        allowed_sts_header_values: Optional[List[str]] = None,
    ) -> VaultResponse:
        """Configure the credentials and endpoints Vault uses to call AWS.

        ``POST /v1/auth/{mount_point}/config/client``

        :param max_retries: retries of AWS API calls (-1 = AWS SDK default).
        :param access_key: AWS access key ID.
        :param secret_key: AWS secret access key.
        :param endpoint: custom EC2 endpoint.
        :param iam_endpoint: custom IAM endpoint.
        :param sts_endpoint: custom STS endpoint.
        :param iam_server_id_header_value: required value of the ``X-Vault-AWS-IAM-Server-ID`` header of IAM logins.
        :param mount_point: where the auth method is mounted.
        :param sts_region: region of the STS endpoint.
        :param use_sts_region_from_client: call STS in the region the login request was signed for.
        :param allowed_sts_header_values: headers, besides the signed ones, that IAM login requests may carry.
        :return: the response of the request.
        """
        params = utils.remove_nones(
            {
                "max_retries": max_retries,
                "access_key": access_key,
                "secret_key": secret_key,
                "endpoint": endpoint,
                "iam_endpoint": iam_endpoint,
                "sts_endpoint": sts_endpoint,
                "iam_server_id_header_value": iam_server_id_header_value,
                "sts_region": sts_region,
                "use_sts_region_from_client": use_sts_region_from_client,
                "allowed_sts_header_values": allowed_sts_header_values,
            }
        )
        return self._adapter.post(url=_url("config/client", mount_point), json=params)

    def read_config(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the client configuration (the secret key is not returned).

        ``GET /v1/auth/{mount_point}/config/client``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config/client", mount_point)))

    def delete_config(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete the client configuration.

        ``DELETE /v1/auth/{mount_point}/config/client``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config/client", mount_point))

    def rotate_root_credentials(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Replace the configured access key with a new one that only Vault knows.

        ``POST /v1/auth/{mount_point}/config/rotate-root``

        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.access_key``, the new key's ID), or the requests.Response.
        """
        return self._adapter.post(url=_url("config/rotate-root", mount_point))

    # -- identity integration -------------------------------------------------------------------

    @shared_field_docs
    def configure_identity_integration(
        self,
        iam_alias: Optional[str] = None,
        ec2_alias: Optional[str] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
        iam_metadata: Optional[Union[str, List[str]]] = None,
        ec2_metadata: Optional[Union[str, List[str]]] = None,
    ) -> VaultResponse:
        """Choose what identity aliases and metadata logins produce.

        ``POST /v1/auth/{mount_point}/config/identity``

        :param iam_alias: one of ``ALLOWED_IAM_ALIAS_TYPES`` (``role_id``, ``unique_id``, ``full_arn``).
        :param ec2_alias: one of ``ALLOWED_EC2_ALIAS_TYPES`` (``role_id``, ``instance_id``, ``image_id``).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for an unknown alias type.
        """
        _check_alias("iam", iam_alias, ALLOWED_IAM_ALIAS_TYPES)
        _check_alias("ec2", ec2_alias, ALLOWED_EC2_ALIAS_TYPES)
        params = utils.remove_nones(
            {"iam_alias": iam_alias, "ec2_alias": ec2_alias, "iam_metadata": iam_metadata, "ec2_metadata": ec2_metadata}
        )
        return self._adapter.post(url=_url("config/identity", mount_point), json=params)

    def read_identity_integration(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the identity integration settings.

        ``GET /v1/auth/{mount_point}/config/identity``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config/identity", mount_point)))

    # -- EC2 certificates -----------------------------------------------------------------------

    def create_certificate_configuration(
        self,
        cert_name: str,
        aws_public_cert: str,
        document_type: Optional[str] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
        *,
        type: Optional[str] = None,
    ) -> VaultResponse:
        """Register an AWS public certificate used to verify instance identity documents.

        ``POST /v1/auth/{mount_point}/config/certificate/{cert_name}``

        :param cert_name: name of the certificate.
        :param aws_public_cert: the certificate (PEM, or its base64 encoding).
        :param document_type: sent as ``document_type``, as hvac does; Vault does not read that field:
            give ``type`` instead.
        :param mount_point: where the auth method is mounted.
        :param type: what the certificate verifies: ``pkcs7`` signatures (Vault's default) or
            ``identity`` documents with their RSA ``signature``.
        :return: the response of the request.
        """
        params = {"cert_name": cert_name, "aws_public_cert": aws_public_cert}
        params.update(utils.remove_nones({"document_type": document_type, "type": type}))
        return self._adapter.post(url=_url("config/certificate/{cert_name}", mount_point, cert_name=cert_name), json=params)

    def read_certificate_configuration(self, cert_name: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read a registered certificate.

        ``GET /v1/auth/{mount_point}/config/certificate/{cert_name}``

        :param cert_name: name of the certificate.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config/certificate/{cert_name}", mount_point, cert_name=cert_name)))

    def delete_certificate_configuration(
        self, cert_name: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Remove a registered certificate.

        ``DELETE /v1/auth/{mount_point}/config/certificate/{cert_name}``

        :param cert_name: name of the certificate.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config/certificate/{cert_name}", mount_point, cert_name=cert_name))

    def list_certificate_configurations(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """List the registered certificates.

        ``LIST /v1/auth/{mount_point}/config/certificates``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("config/certificates", mount_point)))

    # -- STS roles --------------------------------------------------------------------------------

    def create_sts_role(self, account_id: str, sts_role: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Register the role Vault assumes to verify logins from another AWS account.

        ``POST /v1/auth/{mount_point}/config/sts/{account_id}``

        :param account_id: the other AWS account ID.
        :param sts_role: ARN of the role to assume in that account.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.post(
            url=_url("config/sts/{account_id}", mount_point, account_id=account_id),
            json={"account_id": account_id, "sts_role": sts_role},
        )

    def read_sts_role(self, account_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the STS role registered for an account.

        ``GET /v1/auth/{mount_point}/config/sts/{account_id}``

        :param account_id: the AWS account ID.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("config/sts/{account_id}", mount_point, account_id=account_id)))

    def list_sts_roles(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """List the accounts that have an STS role.

        ``LIST /v1/auth/{mount_point}/config/sts``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("config/sts", mount_point)))

    def delete_sts_role(self, account_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the STS role of an account.

        ``DELETE /v1/auth/{mount_point}/config/sts/{account_id}``

        :param account_id: the AWS account ID.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config/sts/{account_id}", mount_point, account_id=account_id))

    # -- periodic tidy settings -------------------------------------------------------------------

    def configure_identity_whitelist_tidy(
        self,
        safety_buffer: Duration = None,
        disable_periodic_tidy: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Deprecated path of :meth:`configure_identity_access_list_tidy` (same arguments, same answer):
        ``POST /v1/auth/{mount_point}/config/tidy/identity-whitelist``."""
        return self._configure_tidy(IDENTITY_WHITELIST, safety_buffer, disable_periodic_tidy, mount_point)

    def read_identity_whitelist_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`read_identity_access_list_tidy` (same arguments, same answer):
        ``GET /v1/auth/{mount_point}/config/tidy/identity-whitelist``."""
        return _data(self._adapter.get(url=_url("config/tidy/identity-whitelist", mount_point)))

    def delete_identity_whitelist_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deprecated path of :meth:`delete_identity_access_list_tidy` (same arguments, same answer):
        ``DELETE /v1/auth/{mount_point}/config/tidy/identity-whitelist``."""
        return self._adapter.delete(url=_url("config/tidy/identity-whitelist", mount_point))

    def configure_role_tag_blacklist_tidy(
        self,
        safety_buffer: Duration = None,
        disable_periodic_tidy: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Deprecated path of :meth:`configure_role_tag_deny_list_tidy` (same arguments, same answer):
        ``POST /v1/auth/{mount_point}/config/tidy/roletag-blacklist``."""
        return self._configure_tidy(ROLE_TAG_BLACKLIST, safety_buffer, disable_periodic_tidy, mount_point)

    def read_role_tag_blacklist_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`read_role_tag_deny_list_tidy` (same arguments, same answer):
        ``GET /v1/auth/{mount_point}/config/tidy/roletag-blacklist``."""
        return _data(self._adapter.get(url=_url("config/tidy/roletag-blacklist", mount_point)))

    def delete_role_tag_blacklist_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deprecated path of :meth:`delete_role_tag_deny_list_tidy` (same arguments, same answer):
        ``DELETE /v1/auth/{mount_point}/config/tidy/roletag-blacklist``."""
        return self._adapter.delete(url=_url("config/tidy/roletag-blacklist", mount_point))

    # -- roles ------------------------------------------------------------------------------------

    @shared_field_docs
    def create_role(
        self,
        role: str,
        auth_type: Optional[str] = None,
        bound_ami_id: Optional[Union[str, List[str]]] = None,
        bound_account_id: Optional[Union[str, List[str]]] = None,
        bound_region: Optional[Union[str, List[str]]] = None,
        bound_vpc_id: Optional[Union[str, List[str]]] = None,
        bound_subnet_id: Optional[Union[str, List[str]]] = None,
        bound_iam_role_arn: Optional[Union[str, List[str]]] = None,
        bound_iam_instance_profile_arn: Optional[Union[str, List[str]]] = None,
        bound_ec2_instance_id: Optional[Union[str, List[str]]] = None,
        role_tag: Optional[str] = None,
        bound_iam_principal_arn: Optional[Union[str, List[str]]] = None,
        inferred_entity_type: Optional[str] = None,
        inferred_aws_region: Optional[str] = None,
        resolve_aws_unique_ids: Optional[bool] = None,
        ttl: Duration = None,
        max_ttl: Duration = None,
        period: Duration = None,
        policies: Optional[Union[str, List[str]]] = None,
        allow_instance_migration: Optional[bool] = None,
        disallow_reauthentication: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
        *,
        token_fields: Optional[TokenFields] = None,
    ) -> VaultResponse:
        """Create a role, or update an existing one.

        ``POST /v1/auth/{mount_point}/role/{role}``

        ``ttl``, ``max_ttl``, ``period`` and ``policies`` are the names Vault deprecated for the
        ``token_*`` settings of ``token_fields``; Vault reads the ``token_*`` one first.

        :param role: name of the role (also sent in the body).
        :param auth_type: ``ec2`` or ``iam``.
        :param bound_ami_id: AMI IDs allowed to log in (EC2).
        :param bound_account_id: AWS account IDs allowed to log in.
        :param bound_region: regions allowed to log in.
        :param bound_vpc_id: VPC IDs allowed to log in.
        :param bound_subnet_id: subnet IDs allowed to log in.
        :param bound_iam_role_arn: IAM role ARNs of the instance profile (EC2).
        :param bound_iam_instance_profile_arn: instance profile ARNs allowed to log in (EC2).
        :param bound_ec2_instance_id: instance IDs allowed to log in.
        :param role_tag: key of the EC2 tag holding a role tag.
        :param bound_iam_principal_arn: IAM principal ARNs allowed to log in (IAM).
        :param inferred_entity_type: ``ec2_instance`` to infer an EC2 instance from an IAM login.
        :param inferred_aws_region: region used for the inference.
        :param resolve_aws_unique_ids: bind to the principals' unique IDs.
        :param ttl: TTL of the issued tokens.
        :param max_ttl: maximum TTL of the issued tokens.
        :param period: make the tokens periodic with this period.
        :param policies: policies of the issued tokens.
        :param allow_instance_migration: allow an instance to log in again from another host.
        :param disallow_reauthentication: allow only one login per instance.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        :raises hvac.exceptions.ParamValidationError: for a key of ``token_fields`` that is not a token setting.
        """
        params = utils.remove_nones(
            {
                "role": role,
                "auth_type": auth_type,
                "bound_ami_id": bound_ami_id,
                "bound_account_id": bound_account_id,
                "bound_region": bound_region,
                "bound_vpc_id": bound_vpc_id,
                "bound_subnet_id": bound_subnet_id,
                "bound_iam_role_arn": bound_iam_role_arn,
                "bound_iam_instance_profile_arn": bound_iam_instance_profile_arn,
                "bound_ec2_instance_id": bound_ec2_instance_id,
                "role_tag": role_tag,
                "bound_iam_principal_arn": bound_iam_principal_arn,
                "inferred_entity_type": inferred_entity_type,
                "inferred_aws_region": inferred_aws_region,
                "resolve_aws_unique_ids": resolve_aws_unique_ids,
                "ttl": ttl,
                "max_ttl": max_ttl,
                "period": period,
                "policies": policies,
                "allow_instance_migration": allow_instance_migration,
                "disallow_reauthentication": disallow_reauthentication,
            }
        )
        return self._adapter.post(url=_url("role/{role}", mount_point, role=role), json=with_token_fields(params, token_fields))

    def read_role(self, role: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read a role.

        ``GET /v1/auth/{mount_point}/role/{role}``

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_url("role/{role}", mount_point, role=role)))

    def list_roles(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT, *, role_path: bool = False) -> Any:
        """List the roles.

        ``LIST /v1/auth/{mount_point}/roles``, or ``LIST /v1/auth/{mount_point}/role`` with ``role_path``

        :param mount_point: where the auth method is mounted.
        :param role_path: list at ``role/`` rather than ``roles/`` (Vault serves the same list at both):
            the path that ACL policies written for ``role/*`` let through.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url("role" if role_path else "roles", mount_point)))

    def delete_role(self, role: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Delete a role.

        ``DELETE /v1/auth/{mount_point}/role/{role}``

        :param role: name of the role.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("role/{role}", mount_point, role=role))

    def create_role_tags(
        self,
        role: str,
        policies: Optional[Union[str, List[str]]] = None,
        max_ttl: Duration = None,
        instance_id: Optional[str] = None,
        allow_instance_migration: Optional[bool] = None,
        disallow_reauthentication: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Create a role tag (to be set as an EC2 instance tag) restricting a role further.

        ``POST /v1/auth/{mount_point}/role/{role}/tag``

        :param role: name of the role (it must have ``role_tag`` set).
        :param policies: policies of the tag (a subset of the role's).
        :param max_ttl: maximum TTL of tokens issued with the tag.
        :param instance_id: the only instance allowed to use the tag.
        :param allow_instance_migration: allow instance migration for the tag.
        :param disallow_reauthentication: allow only one login with the tag.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``data.tag_key``, ``data.tag_value``), or the requests.Response.
        """
        params = utils.remove_nones(
            {
                "policies": policies,
                "max_ttl": max_ttl,
                "instance_id": instance_id,
                "allow_instance_migration": allow_instance_migration,
                "disallow_reauthentication": disallow_reauthentication,
            }
        )
        return self._adapter.post(url=_url("role/{role}/tag", mount_point, role=role), json=params)

    # -- logins -----------------------------------------------------------------------------------

    def iam_login(
        self,
        access_key: str,
        secret_key: str,
        session_token: Optional[str] = None,
        header_value: Optional[str] = None,
        role: Optional[str] = None,
        use_token: bool = True,
        region: str = "us-east-1",
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Log in as an IAM principal with a signed STS ``GetCallerIdentity`` request.

        ``POST /v1/auth/{mount_point}/login``

        The request is signed here (:mod:`hvac.aws_utils`) and handed to Vault, which sends it to STS.

        :param access_key: AWS access key ID.
        :param secret_key: AWS secret access key.
        :param session_token: session token of temporary credentials.
        :param header_value: ``X-Vault-AWS-IAM-Server-ID`` value, when the mount requires one.
        :param role: role to log in with (Vault defaults to the principal's name); sent as ``null`` when omitted.
        :param use_token: adopt the returned client token on the client.
        :param region: region of the signature's credential scope.
        :param mount_point: where the auth method is mounted.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        request = aws_utils.generate_sigv4_auth_request(header_value=header_value)
        aws_utils.SigV4Auth(access_key, secret_key, session_token, region).add_auth(request)
        body = request.body.decode("utf-8") if isinstance(request.body, bytes) else request.body or ""
        # Vault wants the headers as a JSON map of header name -> list of values.
        headers = json.dumps({name: [value] for name, value in request.headers.items()})
        params = {
            "iam_http_request_method": request.method,
            "iam_request_url": _b64(request.url or ""),
            "iam_request_headers": _b64(headers),
            "iam_request_body": _b64(body),
            "role": role,
        }
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=params)

    def ec2_login(
        self,
        pkcs7: Optional[str],
        nonce: Optional[str] = None,
        role: Optional[str] = None,
        use_token: bool = True,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
        *,
        identity: Optional[str] = None,
        signature: Optional[str] = None,
    ) -> VaultResponse:
        """Log in as an EC2 instance with its signed identity document.

        ``POST /v1/auth/{mount_point}/login``

        Give the PKCS#7 signature, or the document itself with its RSA signature.

        :param pkcs7: the PKCS#7 signature of the identity document (newlines removed); ``None`` with
            ``identity`` (it is then not sent).
        :param nonce: client nonce for re-authentication.
        :param role: role to log in with (Vault defaults to the AMI ID).
        :param use_token: adopt the returned client token on the client.
        :param mount_point: where the auth method is mounted.
        :param identity: the instance identity document, base64-encoded.
        :param signature: the RSA SHA-256 signature of ``identity``, base64-encoded.
        :return: the decoded response (``auth.client_token``...), or the requests.Response.
        """
        params: Dict[str, Any] = {} if pkcs7 is None and identity is not None else {"pkcs7": pkcs7}
        params.update(utils.remove_nones({"nonce": nonce, "role": role, "identity": identity, "signature": signature}))
        return self._adapter.login(url=_url("login", mount_point), use_token=use_token, json=params)

    # -- role tag deny list -----------------------------------------------------------------------

    def place_role_tags_in_blacklist(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deprecated path of :meth:`place_role_tags_in_deny_list` (same arguments, same answer):
        ``POST /v1/auth/{mount_point}/roletag-blacklist/{role_tag}``."""
        return self._adapter.post(url=_url("roletag-blacklist/{role_tag}", mount_point, role_tag=role_tag))

    def read_role_tag_blacklist(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`read_role_tag_deny_list` (same arguments, same answer):
        ``GET /v1/auth/{mount_point}/roletag-blacklist/{role_tag}``."""
        return _data(self._adapter.get(url=_url("roletag-blacklist/{role_tag}", mount_point, role_tag=role_tag)))

    def list_blacklist_tags(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`list_deny_list_tags` (same arguments, same answer):
        ``LIST /v1/auth/{mount_point}/roletag-blacklist``."""
        return _data(self._adapter.list(url=_url("roletag-blacklist", mount_point)))

    def delete_blacklist_tags(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deprecated path of :meth:`delete_deny_list_tags` (same arguments, same answer):
        ``DELETE /v1/auth/{mount_point}/roletag-blacklist/{role_tag}``."""
        return self._adapter.delete(url=_url("roletag-blacklist/{role_tag}", mount_point, role_tag=role_tag))

    # The reference declares the alias the wrong way round ("saftey_buffer" as the name), so only the
    # positional form really works: safety_buffer= warns then raises TypeError, saftey_buffer= raises.
    @utils.aliased_parameter("saftey_buffer", "safety_buffer", removed_in_version="3.0.0", position=1)
    def tidy_blacklist_tags(self, safety_buffer: str = "72h", mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deprecated path of :meth:`tidy_deny_list_tags` (same arguments and answer).

        ``POST /v1/auth/{mount_point}/tidy/roletag-blacklist``

        Pass ``safety_buffer`` positionally: the keyword form does not work, as in the reference.
        """
        return self._tidy(ROLE_TAG_BLACKLIST, safety_buffer, mount_point)

    # -- identity access list ---------------------------------------------------------------------

    def list_identity_whitelist(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`list_identity_access_list` (same arguments, same answer):
        ``LIST /v1/auth/{mount_point}/identity-whitelist``."""
        return _data(self._adapter.list(url=_url("identity-whitelist", mount_point)))

    def read_identity_whitelist(self, instance_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Deprecated path of :meth:`read_identity_access_list` (same arguments, same answer):
        ``GET /v1/auth/{mount_point}/identity-whitelist/{instance_id}``."""
        return _data(self._adapter.get(url=_url("identity-whitelist/{instance_id}", mount_point, instance_id=instance_id)))

    def delete_identity_whitelist_entries(
        self, instance_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Deprecated path of :meth:`delete_identity_access_list_entries` (same arguments, same answer):
        ``DELETE /v1/auth/{mount_point}/identity-whitelist/{instance_id}``."""
        return self._adapter.delete(url=_url("identity-whitelist/{instance_id}", mount_point, instance_id=instance_id))

    @utils.aliased_parameter("saftey_buffer", "safety_buffer", removed_in_version="3.0.0", position=1)
    def tidy_identity_whitelist_entries(
        self, safety_buffer: str = "72h", mount_point: str = AWS_DEFAULT_MOUNT_POINT
    ) -> VaultResponse:
        """Deprecated path of :meth:`tidy_identity_access_list_entries` (same arguments and answer).

        ``POST /v1/auth/{mount_point}/tidy/identity-whitelist``

        Pass ``safety_buffer`` positionally, as for :meth:`tidy_blacklist_tags`.
        """
        return self._tidy(IDENTITY_WHITELIST, safety_buffer, mount_point)

    # -- the identity access list: the instances that logged in, and when ------------------------

    def read_identity_access_list(self, instance_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the access list entry of an EC2 instance: the role it logged in with and when the entry expires.

        ``GET /v1/auth/{mount_point}/identity-accesslist/{instance_id}``

        :param instance_id: the EC2 instance ID.
        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer.
        """
        return _data(self._adapter.get(url=_entry_url(IDENTITY_ACCESS_LIST, mount_point, instance_id)))

    def list_identity_access_list(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """List the IDs of the instances on the identity access list.

        ``LIST /v1/auth/{mount_point}/identity-accesslist``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``keys``).
        """
        return _data(self._adapter.list(url=_url(IDENTITY_ACCESS_LIST, mount_point)))

    def delete_identity_access_list_entries(self, instance_id: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove an instance from the identity access list, which lets a role that disallows
        reauthentication log it in once more.

        ``DELETE /v1/auth/{mount_point}/identity-accesslist/{instance_id}``

        :param instance_id: the EC2 instance ID.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_entry_url(IDENTITY_ACCESS_LIST, mount_point, instance_id))

    def tidy_identity_access_list_entries(self, safety_buffer: str = "72h", mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the expired entries of the identity access list now.

        ``POST /v1/auth/{mount_point}/tidy/identity-accesslist``

        :param safety_buffer: how long past its expiry an entry is kept.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._tidy(IDENTITY_ACCESS_LIST, safety_buffer, mount_point)

    def configure_identity_access_list_tidy(
        self, safety_buffer: Duration = None, disable_periodic_tidy: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """Configure the tidy that Vault runs on the identity access list periodically.

        ``POST /v1/auth/{mount_point}/config/tidy/identity-accesslist``

        :param safety_buffer: how long past its expiry an entry is kept.
        :param disable_periodic_tidy: turn the periodic tidy off.
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._configure_tidy(IDENTITY_ACCESS_LIST, safety_buffer, disable_periodic_tidy, mount_point)

    def read_identity_access_list_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the settings of the identity access list's periodic tidy.

        ``GET /v1/auth/{mount_point}/config/tidy/identity-accesslist``

        :param mount_point: where the auth method is mounted.
        :return: the ``data`` of the answer (``safety_buffer``, ``disable_periodic_tidy``).
        """
        return _data(self._adapter.get(url=_url("config/tidy/" + IDENTITY_ACCESS_LIST, mount_point)))

    def delete_identity_access_list_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Put the identity access list's periodic tidy back to its default settings.

        ``DELETE /v1/auth/{mount_point}/config/tidy/identity-accesslist``

        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.delete(url=_url("config/tidy/" + IDENTITY_ACCESS_LIST, mount_point))

    # -- the role tag deny list: role tags that no longer log anything in --------------------------

    def configure_role_tag_deny_list_tidy(
        self, safety_buffer: Duration = None, disable_periodic_tidy: Optional[bool] = None,
        mount_point: str = AWS_DEFAULT_MOUNT_POINT,
    ) -> VaultResponse:
        """The role tag deny list's counterpart of :meth:`configure_identity_access_list_tidy`.

        ``POST /v1/auth/{mount_point}/config/tidy/roletag-denylist``
        """
        return self._configure_tidy(ROLE_TAG_DENY_LIST, safety_buffer, disable_periodic_tidy, mount_point)

    def read_role_tag_deny_list_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """The role tag deny list's counterpart of :meth:`read_identity_access_list_tidy`.

        ``GET /v1/auth/{mount_point}/config/tidy/roletag-denylist``
        """
        return _data(self._adapter.get(url=_url("config/tidy/" + ROLE_TAG_DENY_LIST, mount_point)))

    def delete_role_tag_deny_list_tidy(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """The role tag deny list's counterpart of :meth:`delete_identity_access_list_tidy`.

        ``DELETE /v1/auth/{mount_point}/config/tidy/roletag-denylist``
        """
        return self._adapter.delete(url=_url("config/tidy/" + ROLE_TAG_DENY_LIST, mount_point))

    def place_role_tags_in_deny_list(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Deny a role tag: instances carrying it can no longer log in with it.

        ``POST /v1/auth/{mount_point}/roletag-denylist/{role_tag}``

        :param role_tag: the role tag value (the ``tag_value`` :meth:`create_role_tags` returned).
        :param mount_point: where the auth method is mounted.
        :return: the response of the request.
        """
        return self._adapter.post(url=_entry_url(ROLE_TAG_DENY_LIST, mount_point, role_tag))

    def read_role_tag_deny_list(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """Read the deny list entry of a role tag (when it was denied, until when the entry is kept):
        the deny list's counterpart of :meth:`read_identity_access_list`.

        ``GET /v1/auth/{mount_point}/roletag-denylist/{role_tag}``
        """
        return _data(self._adapter.get(url=_entry_url(ROLE_TAG_DENY_LIST, mount_point, role_tag)))

    def list_deny_list_tags(self, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> Any:
        """List the denied role tags: the deny list's counterpart of :meth:`list_identity_access_list`.

        ``LIST /v1/auth/{mount_point}/roletag-denylist``
        """
        return _data(self._adapter.list(url=_url(ROLE_TAG_DENY_LIST, mount_point)))

    def delete_deny_list_tags(self, role_tag: str, mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Take a role tag off the deny list, so that it logs instances in again: the deny list's
        counterpart of :meth:`delete_identity_access_list_entries`.

        ``DELETE /v1/auth/{mount_point}/roletag-denylist/{role_tag}``
        """
        return self._adapter.delete(url=_entry_url(ROLE_TAG_DENY_LIST, mount_point, role_tag))

    def tidy_deny_list_tags(self, safety_buffer: str = "72h", mount_point: str = AWS_DEFAULT_MOUNT_POINT) -> VaultResponse:
        """Remove the deny list entries of role tags that have expired, now (see :meth:`tidy_identity_access_list_entries`).

        ``POST /v1/auth/{mount_point}/tidy/roletag-denylist``
        """
        return self._tidy(ROLE_TAG_DENY_LIST, safety_buffer, mount_point)

    def _configure_tidy(
        self, which: str, safety_buffer: Duration, disable_periodic_tidy: Optional[bool], mount_point: str
    ) -> VaultResponse:
        params = utils.remove_nones({"safety_buffer": safety_buffer, "disable_periodic_tidy": disable_periodic_tidy})
        return self._adapter.post(url=_url("config/tidy/" + which, mount_point), json=params)

    def _tidy(self, which: str, safety_buffer: str, mount_point: str) -> VaultResponse:
        return self._adapter.post(url=_url("tidy/" + which, mount_point), json={"safety_buffer": safety_buffer})

"""AWS Signature Version 4 signing of the STS ``GetCallerIdentity`` request used by the AWS
auth method's IAM login (:meth:`hvac.api.auth_methods.Aws.iam_login`).

Vault replays the signed request against STS to learn who the caller is, so nothing here
talks to AWS: the request is only built and signed.

Reference: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
"""
import hmac
from datetime import datetime, timezone
from hashlib import sha256
from typing import Optional

import requests

_ALGORITHM = "AWS4-HMAC-SHA256"
_SERVICE = "sts"
_STS_URL = "https://sts.amazonaws.com/"
_STS_HOST = "sts.amazonaws.com"
_GET_CALLER_IDENTITY_BODY = "Action=GetCallerIdentity&Version=2011-06-15"


_STDLIB_DATETIME = datetime


def _utc_now() -> datetime:
    """The current UTC time, read as ``datetime.utcnow()`` through this module's ``datetime`` name
    when that name has been replaced (tests freeze the clock by patching ``hvac.aws_utils.datetime``,
    as with the reference); otherwise without ``utcnow``, which Python 3.12+ deprecates."""
    if datetime is not _STDLIB_DATETIME:
        return datetime.utcnow()
    return _STDLIB_DATETIME.now(timezone.utc).replace(tzinfo=None)


def _hmac_sha256(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode("utf-8"), sha256).digest()


class SigV4Auth(object):
    """Signs a prepared request with AWS credentials (header-based SigV4, service ``sts``).

    :param access_key: AWS access key ID.
    :param secret_key: AWS secret access key.
    :param session_token: STS session token of temporary credentials, sent as ``X-Amz-Security-Token``.
    :param region: region that goes into the credential scope.
    """

    def __init__(
        self, access_key: str, secret_key: str, session_token: Optional[str] = None, region: str = "us-east-1"
    ) -> None:
        self.access_key = access_key
        self.secret_key = secret_key
        self.session_token = session_token
        self.region = region

    def add_auth(self, request: requests.PreparedRequest) -> None:
        """Add ``X-Amz-Date`` (now, UTC), the session token if any, and the ``Authorization`` header.

        Every header already on the request is signed. The request is modified in place.

        :param request: a prepared request with a ``str`` body, e.g. from :func:`generate_sigv4_auth_request`.
        """
        amz_date = _utc_now().strftime("%Y%m%dT%H%M%SZ")
        date_stamp = amz_date[:8]
        request.headers["X-Amz-Date"] = amz_date
        if self.session_token:
            request.headers["X-Amz-Security-Token"] = self.session_token

        # Canonical request: header names lower-cased and sorted, runs of spaces in values collapsed.
        headers = sorted((name.lower(), " ".join(str(value).split())) for name, value in request.headers.items())
        canonical_headers = "".join(f"{name}:{value}\n" for name, value in headers)
        signed_headers = ";".join(name for name, _ in headers)
        body = request.body or ""
        if isinstance(body, str):
            body = body.encode("utf-8")
        canonical_request = "\n".join(
            [request.method or "POST", "/", "", canonical_headers, signed_headers, sha256(body).hexdigest()]
        )

        credential_scope = f"{date_stamp}/{self.region}/{_SERVICE}/aws4_request"
        string_to_sign = "\n".join(
            [_ALGORITHM, amz_date, credential_scope, sha256(canonical_request.encode("utf-8")).hexdigest()]
        )

        signing_key = f"AWS4{self.secret_key}".encode("utf-8")
        for part in (date_stamp, self.region, _SERVICE, "aws4_request"):
            signing_key = _hmac_sha256(signing_key, part)
        signature = hmac.new(signing_key, string_to_sign.encode("utf-8"), sha256).hexdigest()

        request.headers["Authorization"] = (
            f"{_ALGORITHM} Credential={self.access_key}/{credential_scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}"
        )


def generate_sigv4_auth_request(header_value: Optional[str] = None) -> requests.PreparedRequest:
    """Build the unsigned STS ``GetCallerIdentity`` request that an IAM login sends to Vault.

    :param header_value: value of the ``X-Vault-AWS-IAM-Server-ID`` header, when the AWS auth
        method is configured to require one (``iam_server_id_header_value``).
    :return: a ``requests.PreparedRequest`` (``POST https://sts.amazonaws.com/``) ready for :meth:`SigV4Auth.add_auth`.
    """
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Host": _STS_HOST}
    if header_value:
        headers["X-Vault-AWS-IAM-Server-ID"] = header_value
    request = requests.Request(method="POST", url=_STS_URL, headers=headers, data=_GET_CALLER_IDENTITY_BODY)
    return request.prepare()

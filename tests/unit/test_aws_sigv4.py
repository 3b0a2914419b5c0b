"""AWS SigV4 signing of the STS GetCallerIdentity request (hvac.aws_utils) and its use by the
AWS auth method's IAM login, with a fixed clock and fixed credentials.

The expected signatures are derived here step by step from the AWS Signature Version 4
specification with hashlib/hmac only, not with the code under test.
"""
import base64
import hashlib
import hmac
import json
from datetime import datetime, timezone

import pytest
import requests
import requests_mock

import hvac
from hvac import aws_utils

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
FIXED_NOW = datetime(2015, 8, 30, 12, 36, 0, tzinfo=timezone.utc)
AMZ_DATE = "20150830T123600Z"
BODY = "Action=GetCallerIdentity&Version=2011-06-15"


class _FrozenDatetime(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return FIXED_NOW if tz is not None else FIXED_NOW.replace(tzinfo=None)

    @classmethod
    def utcnow(cls):  # type: ignore[override]
        return FIXED_NOW.replace(tzinfo=None)


@pytest.fixture
def frozen_clock(monkeypatch):
    monkeypatch.setattr(aws_utils, "datetime", _FrozenDatetime)


# -- an independent SigV4 implementation, straight from the specification ---------------------------


def spec_signing_key(secret_key: str, date: str, region: str, service: str) -> bytes:
    k_date = hmac.new(("AWS4" + secret_key).encode(), date.encode(), hashlib.sha256).digest()
    k_region = hmac.new(k_date, region.encode(), hashlib.sha256).digest()
    k_service = hmac.new(k_region, service.encode(), hashlib.sha256).digest()
    return hmac.new(k_service, b"aws4_request", hashlib.sha256).digest()


def spec_authorization(headers: dict, region: str, body: str = BODY) -> str:
    """``Authorization`` header for POST / with ``headers`` (name -> value, X-Amz-Date included)."""
    lowered = sorted((name.lower(), value) for name, value in headers.items())
    canonical_headers = "".join(f"{name}:{value}\n" for name, value in lowered)
    signed_headers = ";".join(name for name, _ in lowered)
    canonical_request = (
        "POST\n/\n\n" + canonical_headers + "\n" + signed_headers + "\n" + hashlib.sha256(body.encode()).hexdigest()
    )
    scope = f"{AMZ_DATE[:8]}/{region}/sts/aws4_request"
    string_to_sign = (
        "AWS4-HMAC-SHA256\n" + AMZ_DATE + "\n" + scope + "\n" + hashlib.sha256(canonical_request.encode()).hexdigest()
    )
    signature = hmac.new(
        spec_signing_key(SECRET_KEY, AMZ_DATE[:8], region, "sts"), string_to_sign.encode(), hashlib.sha256
    ).hexdigest()
    return f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"


def test_reference_signing_key_matches_the_published_aws_example():
    # The derived-key example of the AWS documentation (IAM, us-east-1, 2012-02-15).
    key = spec_signing_key(SECRET_KEY, "20120215", "us-east-1", "iam")
    assert key.hex() == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"


# -- the unsigned request ---------------------------------------------------------------------------


def test_generate_sigv4_auth_request_builds_get_caller_identity():
    request = aws_utils.generate_sigv4_auth_request()
    assert isinstance(request, requests.PreparedRequest)
    assert request.method == "POST"
    assert request.url == "https://sts.amazonaws.com/"
    assert request.body == BODY
    assert dict(request.headers) == {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "Host": "sts.amazonaws.com",
        "Content-Length": "43",
    }


def test_generate_sigv4_auth_request_adds_the_server_id_header():
    request = aws_utils.generate_sigv4_auth_request(header_value="vault.example.com")
    assert request.headers["X-Vault-AWS-IAM-Server-ID"] == "vault.example.com"
    assert "X-Vault-AWS-IAM-Server-ID" not in aws_utils.generate_sigv4_auth_request(header_value="").headers


# -- signing ----------------------------------------------------------------------------------------


def test_add_auth_signs_with_the_fixed_clock(frozen_clock):
    request = aws_utils.generate_sigv4_auth_request()
    aws_utils.SigV4Auth(ACCESS_KEY, SECRET_KEY).add_auth(request)

    assert request.headers["X-Amz-Date"] == AMZ_DATE
    assert "X-Amz-Security-Token" not in request.headers
    expected = spec_authorization(
        {
            "Content-Length": "43",
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Host": "sts.amazonaws.com",
            "X-Amz-Date": AMZ_DATE,
        },
        region="us-east-1",
    )
    assert request.headers["Authorization"] == expected
    assert "SignedHeaders=content-length;content-type;host;x-amz-date," in expected


def test_add_auth_signs_session_token_server_id_and_region(frozen_clock):
    request = aws_utils.generate_sigv4_auth_request(header_value="vault.example.com")
    aws_utils.SigV4Auth(ACCESS_KEY, SECRET_KEY, session_token="tok", region="eu-west-1").add_auth(request)

    assert request.headers["X-Amz-Security-Token"] == "tok"
    expected = spec_authorization(
        {
            "Content-Length": "43",
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
            "Host": "sts.amazonaws.com",
            "X-Amz-Date": AMZ_DATE,
            "X-Amz-Security-Token": "tok",
            "X-Vault-AWS-IAM-Server-ID": "vault.example.com",
        },
        region="eu-west-1",
    )
    assert request.headers["Authorization"] == expected
    assert "/20150830/eu-west-1/sts/aws4_request," in expected


def test_signature_changes_with_the_secret_key(frozen_clock):
    first, second = aws_utils.generate_sigv4_auth_request(), aws_utils.generate_sigv4_auth_request()
    aws_utils.SigV4Auth(ACCESS_KEY, SECRET_KEY).add_auth(first)
    aws_utils.SigV4Auth(ACCESS_KEY, SECRET_KEY + "x").add_auth(second)
    assert first.headers["Authorization"] != second.headers["Authorization"]


def test_real_clock_is_utc_and_no_deprecation_warning(recwarn):
    request = aws_utils.generate_sigv4_auth_request()
    before = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aws_utils.SigV4Auth(ACCESS_KEY, SECRET_KEY).add_auth(request)
    after = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    assert before <= request.headers["X-Amz-Date"] <= after
    assert not [w for w in recwarn if issubclass(w.category, DeprecationWarning)]


# -- the IAM login that carries the signed request --------------------------------------------------


def _b64decode(value: str) -> str:
    return base64.b64decode(value).decode()


def test_iam_login_sends_the_signed_request_and_adopts_the_token(frozen_clock):
    with requests_mock.Mocker() as mock:
        mock.post(
            "https://vault.test:8200/v1/auth/aws2/login",
            json={"auth": {"client_token": "s.new"}},
            headers={"Content-Type": "application/json"},
        )
        client = hvac.Client(url="https://vault.test:8200", token="s.old")
        client.auth.aws.iam_login(
            ACCESS_KEY, SECRET_KEY, session_token="tok", header_value="vault.example.com", role="r",
            region="eu-west-1", mount_point="aws2",
        )
        body = mock.last_request.json()

    assert client.token == "s.new"
    assert body["role"] == "r"
    assert body["iam_http_request_method"] == "POST"
    assert _b64decode(body["iam_request_url"]) == "https://sts.amazonaws.com/"
    assert _b64decode(body["iam_request_body"]) == BODY
    headers = json.loads(_b64decode(body["iam_request_headers"]))
    assert all(isinstance(values, list) and len(values) == 1 for values in headers.values())
    flat = {name: values[0] for name, values in headers.items() if name != "Authorization"}
    assert flat["X-Vault-AWS-IAM-Server-ID"] == "vault.example.com"
    assert headers["Authorization"] == [spec_authorization(flat, region="eu-west-1")]


def test_iam_login_use_token_false_keeps_the_token(frozen_clock):
    with requests_mock.Mocker() as mock:
        mock.post(requests_mock.ANY, json={"auth": {"client_token": "s.new"}}, headers={"Content-Type": "application/json"})
        client = hvac.Client(url="https://vault.test:8200", token="s.old")
        answer = client.auth.aws.iam_login(ACCESS_KEY, SECRET_KEY, use_token=False)
    assert client.token == "s.old"
    assert answer["auth"]["client_token"] == "s.new"
    assert mock.last_request.json()["role"] is None

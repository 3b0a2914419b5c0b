"""Exception hierarchy raised by the client.

Every error that Vault reports through an HTTP status becomes an instance of
:class:`VaultError` (or one of its subclasses); :func:`hvac.utils.raise_for_error`
does the status-to-class mapping.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Type

import requests.exceptions


class VaultError(Exception):
    """Base class for every error raised by hvac.

    :param message: human readable description (used when ``errors`` is empty).
    :param errors: the ``errors`` list Vault returned, if any.
    :param method: HTTP verb of the failed request.
    :param url: full URL of the failed request.
    :param text: raw response body.
    :param json: decoded JSON body, when the response was JSON.
    """

    #: HTTP status of the response this error was raised for (``None`` when raised otherwise).
    status_code: Optional[int] = None

    def __init__(
        self,
        message: Optional[str] = None,
        errors: Optional[List[str]] = None,
        method: Optional[str] = None,
        url: Optional[str] = None,
        text: Optional[str] = None,
        json: Optional[Any] = None,
    ) -> None:
        if errors:
            message = ", ".join(errors)
        self.errors = errors
        self.method = method
        self.url = url
        self.text = text
        self.json = json
        super().__init__(message)

    def __str__(self) -> str:
        return f"{self.args[0]}, on {self.method} {self.url}"

    @classmethod
    def from_status(cls, status_code: int, *args: Any, **kwargs: Any) -> "VaultError":
        """Build the exception that Vault's ``status_code`` maps to."""
        error = _exception_class_for_status(status_code)(*args, **kwargs)
        error.status_code = status_code
        return error


class InvalidRequest(VaultError):
    """HTTP 400: the request was malformed or missing data."""


class Unauthorized(VaultError):
    """HTTP 401: the token is missing or not valid for the operation."""


class Forbidden(VaultError):
    """HTTP 403: permission denied."""


class InvalidPath(VaultError):
    """HTTP 404: nothing at that path, or the path is not routable."""


class UnsupportedOperation(VaultError):
    """The operation is not supported by this Vault version or backend."""


class PreconditionFailed(VaultError):
    """Kept for compatibility; a 412 raises :class:`UnexpectedError`, as in the reference."""


class RateLimitExceeded(VaultError):
    """HTTP 429: a rate-limit quota was exceeded."""


class InternalServerError(VaultError):
    """HTTP 500: Vault hit an internal error."""


class VaultNotInitialized(VaultError):
    """HTTP 501: Vault has not been initialized."""


class BadGateway(VaultError):
    """HTTP 502: a proxy in front of Vault failed."""


class VaultDown(VaultError):
    """HTTP 503: Vault is sealed or in maintenance."""


class UnexpectedError(VaultError):
    """Any error status without a more specific class."""


class ParamValidationError(VaultError):
    """An argument was refused before any request was sent."""


class UntrustedRedirect(VaultError):
    """A 307 or 308 redirect would resend the request's body to an origin it may not go to: not
    the configured one nor one of ``trusted_redirect_origins``, or over plain http from https
    (beyond the reference). On a write the body is the secret, so nothing is sent there; list the
    origin in ``trusted_redirect_origins`` to follow such redirects."""


class WriteOutcomeUnknown(requests.exceptions.ConnectionError):
    """A write was sent, then the connection broke before its answer came: Vault may or may not
    have applied it (beyond the reference).

    Raised by a client given several nodes (``nodes=``) for a POST, PUT or PATCH, instead of the
    ``requests`` error below it, which stays available as ``__cause__``. It is a
    ``requests.exceptions.ConnectionError``, as that error is; :class:`WriteTimedOut` and
    :class:`WriteAnswerCutShort` are also what a read timeout or a body cut short raise, so an
    ``except`` clause written for those still catches it. Check what the write did before sending
    it again, or make it safe to repeat (KV v2's ``cas=``): see :doc:`/cluster`.
    """

    @classmethod
    def from_error(cls, method: str, url: str, error: BaseException) -> "WriteOutcomeUnknown":
        """The exception for ``error``, raised while ``method`` ``url`` was waiting for its answer."""
        kind: Type[WriteOutcomeUnknown] = cls
        if isinstance(error, requests.exceptions.ReadTimeout):
            kind = WriteTimedOut
        elif isinstance(error, requests.exceptions.ChunkedEncodingError):
            kind = WriteAnswerCutShort
        return kind(
            f"{method.upper()} {url} may have been applied: the connection broke after the request was sent "
            f"({type(error).__name__}); check its effect before sending it again",
            request=getattr(error, "request", None),
        )


class WriteTimedOut(WriteOutcomeUnknown, requests.exceptions.ReadTimeout):
    """:class:`WriteOutcomeUnknown` after the answer of a write timed out (also a ``ReadTimeout``)."""


class WriteAnswerCutShort(WriteOutcomeUnknown, requests.exceptions.ChunkedEncodingError):
    """:class:`WriteOutcomeUnknown` after the answer of a write broke off half way (also a
    ``ChunkedEncodingError``)."""


_STATUS_TO_EXCEPTION: Dict[int, Type[VaultError]] = {
    400: InvalidRequest,
    401: Unauthorized,
    403: Forbidden,
    404: InvalidPath,
    429: RateLimitExceeded,
    500: InternalServerError,
    501: VaultNotInitialized,
    502: BadGateway,
    503: VaultDown,
}


def _exception_class_for_status(status_code: int) -> Type[VaultError]:
    return _STATUS_TO_EXCEPTION.get(status_code, UnexpectedError)

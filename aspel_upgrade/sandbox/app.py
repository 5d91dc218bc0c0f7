"""The sandbox portal's WSGI application: HTTP mapping of the contract in openapi.yaml."""

from __future__ import annotations

import contextlib
import html
import ipaddress
import json
import logging
import re
import socket
import time
from collections.abc import Callable, Iterable
from typing import Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from .download import file_name_for
from .faults import DOWNLOAD_KINDS, Fault, FaultInjector
from .hostile import deep_json, dripped, huge_answer
from .problems import Problem
from .requirements import requirements_answer
from .service import CONTRACT_VERSION, PortalService, utc_now
from .store import SYSTEMS, StoreClosed

log = logging.getLogger("aspel_upgrade.sandbox")

MAX_BODY_BYTES = 16 * 1024
_ID = re.compile(r"^[A-Za-z0-9-]{1,40}$")
_IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9_-]{16,128}$")

URL_MAP = Map(
    [
        Rule("/v1/health", methods=["GET"], endpoint="health"),
        Rule("/v1/sessions", methods=["POST"], endpoint="login"),
        Rule("/v1/sessions/current", methods=["DELETE"], endpoint="logout"),
        Rule("/v1/password-resets", methods=["POST"], endpoint="request_password_reset"),
        Rule("/v1/subscriptions", methods=["GET"], endpoint="list_subscriptions"),
        Rule(
            "/v1/subscriptions/<subscription_id>/upgrade-offer",
            methods=["GET"],
            endpoint="get_upgrade_offer",
        ),
        Rule(
            "/v1/subscriptions/<subscription_id>/upgrades",
            methods=["POST"],
            endpoint="confirm_upgrade",
        ),
        Rule("/v1/upgrades/<upgrade_id>", methods=["GET"], endpoint="get_upgrade"),
        Rule(
            "/v1/releases/<system>/<version>/requirements",
            methods=["GET"],
            endpoint="get_release_requirements",
        ),
        Rule(
            "/v1/downloads/<upgrade_id>/<signature>/<file_name>",
            methods=["GET"],
            endpoint="download_installer",
        ),
        Rule("/_sandbox/outbox", methods=["GET"], endpoint="sandbox_outbox"),
        Rule("/_sandbox/faults", methods=["GET", "POST", "DELETE"], endpoint="sandbox_faults"),
        Rule("/_sandbox/sessions/expire", methods=["POST"], endpoint="sandbox_expire_sessions"),
        Rule("/descargas/<system>/<version>", methods=["GET"], endpoint="download_page"),
        Rule("/precios/<system>", methods=["GET"], endpoint="pricing_page"),
    ],
    strict_slashes=False,
)

StartResponse = Callable[..., Any]


def _json(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, ensure_ascii=False),
        status=status,
        headers=headers,
        content_type="application/json; charset=utf-8",
    )


def _problem_response(problem: Problem) -> Response:
    return _json(problem.status, problem.body(), problem.headers)


def _bad_request(message: str, **details: Any) -> Problem:
    return Problem(400, "invalid_request", message, details or None)


def _read_json_object(request: Request, fields: dict[str, int]) -> dict[str, str]:
    """Parse a JSON object whose members are exactly the given string fields (name: max len)."""
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise RequestEntityTooLarge()
    raw = request.get_data(cache=False)
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "invalid_json", "El cuerpo de la solicitud no es JSON válido.") from None
    if not isinstance(body, dict):
        raise _bad_request("Se esperaba un objeto JSON.")
    unknown = sorted(set(body) - set(fields))
    if unknown:
        raise _bad_request("La solicitud tiene campos no reconocidos.", fields=unknown)
    out: dict[str, str] = {}
    for name, max_len in fields.items():
        value = body.get(name)
        if not isinstance(value, str) or not value.strip():
            raise _bad_request(f"Falta el campo «{name}» o está vacío.", field=name)
        if len(value) > max_len:
            raise _bad_request(f"El campo «{name}» es demasiado largo.", field=name)
        out[name] = value
    return out


def _checked_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise Problem(404, "not_found", "No encontramos lo que buscas.")
    return value


def _is_loopback(address: str | None) -> bool:
    try:
        return address is not None and ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class SandboxApp:
    """WSGI callable. Holds the service and the fault injector; no global state."""

    def __init__(self, service: PortalService, faults: FaultInjector | None = None) -> None:
        self.service = service
        self.faults = faults or FaultInjector()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_BODY_BYTES
        response = self.dispatch(request)
        return response(environ, start_response)

    def dispatch(self, request: Request) -> Response:
        adapter = URL_MAP.bind_to_environ(request.environ)
        try:
            endpoint, args = adapter.match()
        except MethodNotAllowed as exc:
            allowed = ", ".join(sorted(exc.valid_methods or []))
            return _problem_response(
                Problem(
                    405, "method_not_allowed", "Método no permitido.", headers={"Allow": allowed}
                )
            )
        except NotFound:
            return _problem_response(Problem(404, "not_found", "No encontramos lo que buscas."))
        except HTTPException as exc:  # e.g. a redirect for a trailing slash
            return _problem_response(Problem(exc.code or 400, "invalid_request", "Ruta no válida."))

        if str(endpoint).startswith("sandbox_") and not _is_loopback(request.remote_addr):
            return _problem_response(Problem(404, "not_found", "No encontramos lo que buscas."))

        fault = None
        if request.path.startswith("/v1/"):
            if self.faults.latency_seconds:
                time.sleep(self.faults.latency_seconds)
            fault = self.faults.take(str(endpoint))
            if fault is not None and fault.kind not in (
                "drop_after_commit",
                "missing_field",
                "set_field",
                "drip",
                *DOWNLOAD_KINDS,
            ):
                return self._injected(fault, request)
            request.environ["aspel_upgrade.sandbox.fault"] = fault  # the download reads it

        try:
            handler = getattr(self, f"op_{endpoint}")
            response: Response = handler(request, **args)
        except Problem as problem:
            response = _problem_response(problem)
        except RequestEntityTooLarge:
            response = _problem_response(
                Problem(
                    413,
                    "payload_too_large",
                    "La solicitud es demasiado grande.",
                    {"max_bytes": MAX_BODY_BYTES},
                )
            )
        except StoreClosed:  # stopped mid-request (Ctrl+C, a test's end): said, not traced
            log.info("sandbox: %s answered after the portal stopped", endpoint)
            response = _problem_response(
                Problem(503, "service_unavailable", "El portal de pruebas se detuvo.")
            )
        except Exception:
            log.exception("sandbox: unexpected error in %s", endpoint)
            response = _problem_response(
                Problem(
                    500, "internal_error", "Ocurrió un error en el portal. Inténtalo más tarde."
                )
            )

        if fault is not None and fault.kind == "drop_after_commit":
            _drop_connection(request)
        if fault is not None and fault.kind == "missing_field":
            response = _without_field(response, fault.field)
        if fault is not None and fault.kind == "set_field" and fault.field:
            response = _with_field(response, fault.field, fault.value)
        if fault is not None and fault.kind == "drip":
            response = dripped(response, fault.amount or 10)
        return response

    # ---- fault rendering ------------------------------------------------------------
    @staticmethod
    def _injected(fault: Fault, request: Request) -> Response:
        headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
        if fault.kind == "drop":
            _drop_connection(request)
        if fault.kind == "html":
            page = (
                f"<html><head><title>{fault.status}</title></head><body><h1>{fault.status} "
                "Bad Gateway</h1><hr><center>nginx</center></body></html>"
            )
            return Response(page, status=fault.status, headers=headers, content_type="text/html")
        if fault.kind == "invalid_json":
            return Response('{"subscriptions": [', status=200, content_type="application/json")
        if fault.kind == "huge_answer":
            return huge_answer(fault.amount or 50 * 1024 * 1024)
        if fault.kind == "deep_json":
            return deep_json(fault.amount or 100_000)
        code, message = _INJECTED.get(
            fault.status, ("internal_error", "Ocurrió un error en el portal. Inténtalo más tarde.")
        )
        details = {"retry_after": fault.retry_after} if fault.retry_after is not None else None
        return _problem_response(Problem(fault.status, code, message, details, headers))

    # ---- contract operations --------------------------------------------------------
    def op_health(self, request: Request) -> Response:
        return _json(
            200,
            {
                "status": "ok",
                "contract_version": CONTRACT_VERSION,
                "portal": "sandbox",
                "time": utc_now().isoformat().replace("+00:00", "Z"),
            },
        )

    def op_login(self, request: Request) -> Response:
        self.service.rate_limiter.check(request.remote_addr or "?")
        body = _read_json_object(request, {"username": 100, "password": 200})
        return _json(201, self.service.login(body["username"].strip(), body["password"]))

    def op_logout(self, request: Request) -> Response:
        token = _bearer(request)
        self.service.authenticate(token)
        assert token is not None
        self.service.logout(token)
        return Response(status=204)

    def op_request_password_reset(self, request: Request) -> Response:
        self.service.rate_limiter.check(request.remote_addr or "?")
        body = _read_json_object(request, {"username": 100})
        return _json(202, self.service.request_password_reset(body["username"].strip()))

    def op_list_subscriptions(self, request: Request) -> Response:
        account = self.service.authenticate(_bearer(request))
        return _json(200, self.service.list_subscriptions(account, request.host_url))

    def op_get_upgrade_offer(self, request: Request, subscription_id: str) -> Response:
        account = self.service.authenticate(_bearer(request))
        offer = self.service.upgrade_offer(account, _checked_id(subscription_id), request.host_url)
        return _json(200, offer)

    def op_confirm_upgrade(self, request: Request, subscription_id: str) -> Response:
        account = self.service.authenticate(_bearer(request))
        key = request.headers.get("Idempotency-Key", "")
        if not _IDEMPOTENCY_KEY.fullmatch(key):
            raise Problem(
                400,
                "idempotency_key_required",
                "Falta la clave de operación (Idempotency-Key) o no es válida.",
            )
        body = _read_json_object(request, {"terms_version": 40})
        status, receipt = self.service.confirm_upgrade(
            account, _checked_id(subscription_id), key, body, request.host_url
        )
        return _json(status, receipt)

    def op_get_upgrade(self, request: Request, upgrade_id: str) -> Response:
        account = self.service.authenticate(_bearer(request))
        return _json(200, self.service.receipt(account, _checked_id(upgrade_id), request.host_url))

    def op_get_release_requirements(self, request: Request, system: str, version: str) -> Response:
        # Public, like the vendor's own page: no bearer token is asked for.
        status, body = requirements_answer(
            system, version, host_url=request.host_url, installer_bytes=self.service.installers.size
        )
        return _json(status, body)

    def op_download_installer(
        self, request: Request, upgrade_id: str, signature: str, file_name: str
    ) -> Response:
        # No bearer token: the link is signed per upgrade (as a CDN's would be).
        upgrade = self.service.upgrade_row(_checked_id(upgrade_id))
        if upgrade is None or file_name != file_name_for(upgrade["system"], upgrade["to_version"]):
            raise Problem(404, "not_found", "Este enlace de descarga no existe o ya no es válido.")
        fault = request.environ.get("aspel_upgrade.sandbox.fault")
        return self.service.installers.respond(request, upgrade_id, signature, fault)

    # ---- sandbox-only helpers (loopback) ---------------------------------------------
    def op_sandbox_outbox(self, request: Request) -> Response:
        return _json(200, {"messages": self.service.outbox()})

    def op_sandbox_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.faults.clear()
        elif request.method == "POST":
            try:
                spec = json.loads(request.get_data(cache=False) or b"{}")
                if not isinstance(spec, dict):
                    raise TypeError("expected an object")
                if "latency_ms" in spec:
                    self.faults.latency_seconds = max(0.0, float(spec.pop("latency_ms")) / 1000)
                if spec:
                    self.faults.add(Fault(**spec))
            except (ValueError, TypeError) as exc:
                raise _bad_request(f"Falla no válida: {exc}") from None
        return _json(200, self.faults.snapshot())

    def op_sandbox_expire_sessions(self, request: Request) -> Response:
        return _json(200, {"expired": self.service.expire_sessions()})

    def op_download_page(self, request: Request, system: str, version: str) -> Response:
        return _html_page(
            f"Centro de descargas (sandbox): {system} {version}",
            "Página de descargas de prueba. El asistente descarga el instalador por su cuenta "
            "(«Descargar e instalar…»), desde el enlace firmado del comprobante.",
            system,
        )

    def op_pricing_page(self, request: Request, system: str) -> Response:
        return _html_page(
            f"Precios (sandbox): {system}",
            "Aquí estarían los precios de la nueva versión. Este portal es de pruebas.",
            system,
        )


def _html_page(title: str, text: str, system: str) -> Response:
    if system not in SYSTEMS:
        raise Problem(404, "not_found", "No encontramos lo que buscas.")
    page = (
        '<!doctype html><html lang="es-MX"><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(text)}</p></html>"
    )
    return Response(page, content_type="text/html; charset=utf-8")


def _bearer(request: Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _drop_connection(request: Request) -> None:
    """Close the client's socket without an answer, as a dropped network link would."""
    sock = request.environ.get("werkzeug.socket")
    if isinstance(sock, socket.socket):
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    raise ConnectionResetError("connection dropped by fault injection")


def _without_field(response: Response, field: str | None) -> Response:
    """The answer minus ``field`` (``a.b`` reaches into an object), or its first member."""
    try:
        body = json.loads(response.get_data())
    except ValueError:
        return response
    if not isinstance(body, dict) or not body:
        return response
    if field is None:
        body.pop(next(iter(body)))
    else:
        *parents, name = field.split(".")
        holder: object = body
        for part in parents:
            holder = holder.get(part) if isinstance(holder, dict) else None
        if isinstance(holder, dict):
            holder.pop(name, None)
    return _json(response.status_code, body, {})


def _with_field(response: Response, field: str, value: Any) -> Response:
    """The answer with ``field`` (``a.b`` reaches into an object) set to ``value``: a member
    it lacks is added, so an unknown member is a fault too."""
    try:
        body = json.loads(response.get_data())
    except ValueError:
        return response
    *parents, name = field.split(".")
    holder: object = body
    for part in parents:
        holder = holder.get(part) if isinstance(holder, dict) else None
    if isinstance(holder, dict):
        holder[name] = value
    return _json(response.status_code, body, {})


_INJECTED = {
    401: ("session_expired", "Tu sesión terminó. Vuelve a escribir tu contraseña para continuar."),
    429: ("rate_limited", "Demasiadas solicitudes. Espera unos segundos e inténtalo de nuevo."),
    500: ("internal_error", "Ocurrió un error en el portal. Inténtalo más tarde."),
    502: ("service_unavailable", "El portal no está disponible por el momento."),
    503: ("service_unavailable", "El portal está en mantenimiento. Inténtalo más tarde."),
    504: ("service_unavailable", "El portal tardó demasiado en responder."),
}

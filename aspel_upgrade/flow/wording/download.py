"""Page 6, the installer: the download, its failures (also the command line's and the
result file's words for them), the file verified, its signature, and running it."""

from __future__ import annotations

from pathlib import Path

from ...host.trust import Signature
from ...portal import errors as e
from ..download import DownloadResult, Status
from ..download_step import Discarded, SignatureTrust, StartLabel
from ..guidance import Guidance, Where
from ..problems import DiskProblem
from . import bare, tr
from .common import retry_button
from .errors import describe, disk_problem
from .guidance import bring_data, server_meaning
from .result import download_button
from .units import MIB, size_text

KIB = 1024


def title() -> str:
    """The page is named by the button that leads to it (on «¡Listo!»)."""
    return bare(download_button(first=True))


def subtitle(system: str, new: str, size: int) -> str:
    return tr("{system} {new}: el instalador ({size}) se descarga aquí mismo y se comprueba "
              "antes de usarlo.").format(system=system, new=new, size=size_text(size))  # fmt: skip


def unavailable_subtitle(system: str, new: str) -> str:
    return tr("{system} {new}: la descarga desde este asistente no está disponible.").format(
        system=system, new=new
    )


def unavailable(download_url: str) -> str:
    """The receipt came without a usable installer descriptor: the serial stands, the
    installer comes from the portal's page (the page, the command line, the result file)."""
    return tr("No se puede descargar el instalador desde este asistente: el portal no envió "
              "los datos que hacen falta para descargarlo y comprobarlo aquí. Tu nuevo número "
              "de serie sí quedó registrado. Descarga el instalador desde la página de Aspel: "
              "{url}").format(url=download_url)  # fmt: skip


def open_download_button() -> str:
    return tr("A&brir descarga")


def open_download_name() -> str:
    return tr("Abrir la página de descarga de Aspel en el navegador")


def path_caption(saved: bool) -> str:
    return tr("Se guardó en:") if saved else tr("Se guarda en:")


def path_name() -> str:
    return tr("Carpeta y nombre del instalador")


def progress_name() -> str:
    return tr("Avance de la descarga")


def start_button(label: StartLabel) -> str:
    if label is StartLabel.RESUME:
        return tr("&Reanudar")
    if label is StartLabel.RETRY:
        return retry_button()
    return tr("Descar&gar")


def pause_button() -> str:
    return tr("&Pausar")


def cancel_button() -> str:
    return tr("Ca&ncelar descarga")


# ---- the transfer ------------------------------------------------------------------


def continuing(done: int) -> str:
    return tr("Continuando la descarga anterior desde {done}.").format(done=size_text(done))


def _speed(per_second: float) -> str:
    """MB/s, or KB/s below 0.1 MB/s (never «0.00 MB/s» on a slow link)."""
    if per_second < 0.1 * MIB:
        return f"{per_second / KIB:,.{0 if per_second >= 10 * KIB else 1}f} KB/s"
    return f"{size_text(int(per_second))}/s"


def _time_left(seconds: float) -> str:
    s = int(seconds + 0.5)
    if s < 1:
        return tr("queda menos de un segundo")
    if s < 60:
        return tr("quedan {s} s").format(s=s)
    if s < 3600:
        return tr("quedan {m} min {s} s").format(m=s // 60, s=s % 60)
    return tr("quedan {h} h {m} min").format(h=s // 3600, m=(s % 3600) // 60)


def figures(
    done: int,
    total: int,
    *,
    checking: bool = False,
    waiting: bool = False,
    per_second: float = 0.0,
    seconds_left: float | None = None,
) -> str:
    """The line under the bar: «12.5 MB de 80.0 MB · 2.1 MB/s · quedan 32 s», or what is
    being read back («Comprobando lo ya descargado…»)."""
    amount = tr("{done} de {total}").format(done=size_text(done), total=size_text(total))
    if waiting:  # the other copy's file, not this one's
        return tr("{figures}, en la otra ventana").format(figures=amount)
    if checking:  # the part on disk, read back and hashed
        return tr("Comprobando lo ya descargado… {figures}").format(figures=amount)
    if per_second <= 0:
        return amount
    if seconds_left is None:
        return tr("{amount} · {speed}").format(amount=amount, speed=_speed(per_second))
    return tr("{amount} · {speed} · {left}").format(
        amount=amount, speed=_speed(per_second), left=_time_left(seconds_left)
    )


def waiting_elsewhere() -> str:
    """Another copy of the app is downloading it; this one (``--download``) waits."""
    return tr("Este instalador se está descargando en otra ventana del asistente: esta espera "
              "a que termine (hasta 10 minutos) y después lo comprueba. No hace falta que "
              "hagas nada.")  # fmt: skip


def paused() -> str:
    return tr("Descarga en pausa. Lo que ya se descargó se guardó: pulsa «Reanudar» (hoy o la "
              "próxima vez que abras el asistente) para continuar donde se quedó.")  # fmt: skip


def paused_by_leaving(button: str) -> str:
    """On «¡Listo!», after «Atrás» paused a download (``button``: the one that continues it)."""
    return tr("La descarga del instalador quedó en pausa al volver a esta página. Lo que ya "
              "se descargó se guardó: pulsa «{button}» para continuar donde se quedó."
              ).format(button=button)  # fmt: skip


def failure(result: DownloadResult | None, download_url: str, *, kept: bool = False) -> str:
    """Why the installer is not here, verified: one sentence per case for the page, the
    command line and the result file (``result``: the last attempt, if any; ``kept``: a
    partial file is on disk, so a retry continues from it: said only when it is true)."""
    if result is None or result.status is Status.STOPPED:
        return unfinished(None, kept=kept)
    if result.status is Status.BUSY:
        return busy()
    if result.status is Status.CORRUPT:
        return tr("El instalador descargado no coincide con lo que publicó el portal (pudo "
                  "dañarse en el camino), así que se borró.")  # fmt: skip
    error = result.error
    if isinstance(error, DiskProblem):  # where, why, what to do (space, folder, in the way)
        return disk_problem(error, kept=kept)
    if result.status is Status.NO_SPACE:
        return disk_problem(DiskProblem.of(result.path.parent, "no_space",
                                           needed=result.needed, free=result.free),
                            kept=kept)  # fmt: skip
    if error is None:
        return unfinished(None, kept=kept)
    if isinstance(error, e.NotFound):
        return tr("El portal ya no reconoce este enlace de descarga. Vuelve a intentarlo; si se "
                  "repite, descarga el instalador desde la página de Aspel: {url}").format(
            url=download_url
        )  # fmt: skip
    return unfinished(error, kept=kept)


def on_page(result: DownloadResult, download_url: str, *, kept: bool) -> str:
    """``failure``'s sentence as the download page says it: what to press, where it is not
    said already (a corrupt file is fetched again with «Reintentar»)."""
    said = failure(result, download_url, kept=kept)
    if result.status is Status.CORRUPT:
        return tr("{failure} Pulsa «Reintentar» para descargarlo de nuevo.").format(failure=said)
    return said


def unfinished(error: BaseException | None, *, kept: bool) -> str:
    """The installer did not arrive whole: why, when known; what arrived is kept, when a
    partial file is there to continue from."""
    if error is None and kept:
        return tr("No se terminó de descargar el instalador. Lo que ya se descargó se guardó: "
                  "al volver a intentarlo, la descarga continuará donde se quedó.")  # fmt: skip
    if error is None:
        return tr("No se terminó de descargar el instalador.")
    if kept:
        return tr("No se terminó de descargar el instalador. {reason} Lo que ya se descargó se "
                  "guardó: al volver a intentarlo, la descarga continuará donde se "
                  "quedó.").format(reason=describe(error))  # fmt: skip
    return tr("No se terminó de descargar el instalador. {reason}").format(reason=describe(error))


def busy() -> str:
    """Another copy of the app is downloading this installer (its lock is held)."""
    return tr("El instalador se está descargando en otra ventana de este asistente. Espera a "
              "que termine ahí (o ciérrala) y vuelve a intentarlo.")  # fmt: skip


# ---- «Cancelar descarga» -------------------------------------------------------------


def cancel_question() -> str:
    return tr("¿Cancelar la descarga?")


def cancel_explained() -> str:
    return tr("Se borrará lo que ya se descargó y la próxima descarga empezará desde cero. Si "
              "solo quieres detenerla por ahora, usa «Pausar»: así continuará donde se "
              "quedó.")  # fmt: skip


def cancel_discard_button() -> str:
    return tr("&Borrar y cancelar")


def cancel_keep_button(running: bool) -> str:
    return tr("&Seguir descargando") if running else tr("&Conservar")


def discarded(answer: Discarded, part: Path) -> str:
    if answer is Discarded.REMOVED:
        return tr("Descarga cancelada: se borró lo que se había descargado. Si pulsas "
                  "«Descargar», empezará desde cero.")  # fmt: skip
    if answer is Discarded.BUSY:
        return tr(
            "No se borró nada: el instalador se está descargando en otra ventana de este "
            "asistente. Cancela la descarga en esa ventana, o espera a que termine."
        )
    return tr("No se pudo borrar «{part}». Ciérralo si está abierto en otro programa y vuelve a "
              "pulsar «Cancelar descarga», o bórralo desde el Explorador de "
              "archivos.").format(part=str(part))  # fmt: skip


# ---- verified ----------------------------------------------------------------------


def verified_title() -> str:
    return tr("Verificado")


def verified_notes(result: DownloadResult, auto_download: bool) -> str:
    """Why the installer has another name, why the download started over, and
    (``--download``) that the window waits; "" if there is nothing to say."""
    notes = [saved_beside(result)] if result.in_the_way is not None else []
    restarted = result.restarted
    if restarted == "changed":
        notes.append(tr("Mientras se descargaba, el portal publicó una versión más reciente del "
                        "instalador, así que la descarga empezó de nuevo con esa."))  # fmt: skip
    elif restarted == "stale":
        notes.append(tr("La descarga que había quedado a medias ya no servía, así que empezó "
                        "de nuevo."))  # fmt: skip
    if auto_download:
        notes.append(tr("Cuando hayas copiado o anotado el número de serie y la razón social, "
                        "pulsa «Finalizar»: la instalación que abrió este asistente "
                        "continuará."))  # fmt: skip
    return " ".join(notes)


def checked(size: int) -> str:
    return tr("El instalador está completo: su tamaño ({size}) y su huella SHA-256 coinciden "
              "con lo que publicó el portal.").format(size=size_text(size))  # fmt: skip


def hash_caption() -> str:
    return tr("Huella SHA-256 (la misma que da Get-FileHash):")


def hash_name() -> str:
    return tr("Huella SHA-256 del instalador")


def copy_hash_button() -> str:
    return tr("Copiar &huella")


def copy_hash_name() -> str:
    return tr("Copiar huella SHA-256 del instalador")


def copy_serial_button() -> str:
    """A shorter label than «¡Listo!»'s, with its own mnemonic (Alt+C is taken here)."""
    return tr("C&opiar serie")


def copy_serial_name() -> str:
    """The button, to a screen reader: its label, then what it copies."""
    return tr("Copiar serie (el nuevo número de serie)")


def run_button() -> str:
    return tr("&Ejecutar instalador")


def open_folder_button() -> str:
    return tr("Abrir &carpeta")


def saved_beside(result: DownloadResult) -> str:
    """The installer's name was taken: what is in the way, and the name it was saved as."""
    if result.in_the_way is None:
        return ""
    fields = {"name": result.in_the_way.name, "saved": Path(result.path).name}
    if result.in_the_way_kind == "folder":
        text = tr("En la carpeta ya hay una carpeta llamada «{name}», así que el instalador se "
                  "guardó como «{saved}».")  # fmt: skip
    elif result.in_the_way_kind == "in_use":
        text = tr("Ya había un archivo «{name}» que no se puede reemplazar (puede estar abierto "
                  "o ejecutándose), así que el instalador se guardó como «{saved}».")  # fmt: skip
    else:
        text = tr("Ya había algo llamado «{name}» (por ejemplo, un acceso directo), así que el "
                  "instalador se guardó como «{saved}».")  # fmt: skip
    return text.format(**fields)


# ---- the signature -----------------------------------------------------------------


def signature_checking() -> str:
    return tr("Comprobando la firma digital del instalador…")


def signature(signature: Signature, expected: str, trust: SignatureTrust) -> str:
    """What was checked of the file's signature (flow/download_step.py's verdict)."""
    if trust is SignatureTrust.NOT_CHECKED:
        if not expected:
            return tr("La firma digital del instalador se comprueba en Windows, al ejecutarlo "
                      "desde aquí.")  # fmt: skip
        return tr("La firma digital del instalador se comprueba en Windows, al ejecutarlo desde "
                  "aquí (editor esperado: {expected}).").format(expected=expected)  # fmt: skip
    if trust is SignatureTrust.TRUSTED:
        if not expected:
            return tr("Firma digital comprobada por Windows: el editor es «{publisher}».").format(
                publisher=signature.publisher
            )
        return tr("Firma digital comprobada por Windows: el editor es «{publisher}», el "
                  "esperado.").format(publisher=signature.publisher)  # fmt: skip
    return untrusted(signature, expected)


def untrusted(signature: Signature, expected: str) -> str:
    """Why this file is not run from here."""
    if signature.status == "signed":
        text = tr("El instalador está firmado por «{publisher}», no por {expected} (el editor "
                  "esperado). Por seguridad, este asistente no lo ejecutará.")  # fmt: skip
    elif signature.status == "unsigned":
        text = (tr("El instalador no tiene firma digital, así que no se puede saber si es de "
                   "{expected}. Por seguridad, este asistente no lo ejecutará.") if expected else
                tr("El instalador no tiene firma digital, así que no se puede saber quién lo "
                   "publicó. Por seguridad, este asistente no lo ejecutará."))  # fmt: skip
    elif signature.status == "tampered":
        text = (tr("El instalador cambió después de que lo firmaron, así que no es el que "
                   "publicó {expected}. Por seguridad, este asistente no lo ejecutará.")
                if expected else
                tr("El instalador cambió después de que lo firmaron, así que no es el que se "
                   "publicó. Por seguridad, este asistente no lo ejecutará."))  # fmt: skip
    elif signature.status == "untrusted":
        text = (
            tr(
                "Windows no confía en la firma digital del instalador, así que no se puede "
                "saber si es de {expected}. Por seguridad, este asistente no lo ejecutará."
            )
            if expected
            else tr(
                "Windows no confía en la firma digital del instalador, así que no se puede "
                "saber quién lo publicó. Por seguridad, este asistente no lo ejecutará."
            )
        )
    else:
        text = (
            tr(
                "No se pudo comprobar la firma digital del instalador, así que no se puede "
                "saber si es de {expected}. Por seguridad, este asistente no lo ejecutará."
            )
            if expected
            else tr(
                "No se pudo comprobar la firma digital del instalador, así que no se puede "
                "saber quién lo publicó. Por seguridad, este asistente no lo ejecutará."
            )
        )
    return text.format(publisher=signature.publisher, expected=expected)


# ---- where to install, and running it ----------------------------------------------


def install_where(g: Guidance) -> str:
    """Where to install: here when the data is here, else copy it to the Servidor."""
    old, new = f"{g.system} {g.old}", f"{g.system} {g.new}"
    if g.where is Where.DATA_HERE:
        return tr("Los datos de {old} están en este equipo: instala {new} aquí, en este "
                  "equipo.").format(old=old, new=new)  # fmt: skip
    if g.where is Where.PROGRAM_ONLY:
        return tr(
            "{old} está instalado en este equipo, pero sus datos no están aquí. Copia el "
            "instalador (con «Abrir carpeta»; por ejemplo, a una memoria USB o a una "
            "carpeta compartida) al equipo donde están los datos (el Servidor: "
            "{meaning}) e instálalo allí."
        ).format(old=old, meaning=server_meaning())
    if g.where is Where.NOT_HERE:
        return tr("No encontramos {old} en este equipo. Copia el instalador (con «Abrir "
                  "carpeta»; por ejemplo, a una memoria USB o a una carpeta compartida) al "
                  "equipo donde están los datos de {old} (el Servidor: {meaning}) e instálalo "
                  "allí.").format(old=old, meaning=server_meaning())  # fmt: skip
    return tr("Instálalo en el equipo donde están los datos de {old} (el Servidor: "
              "{meaning}).").format(old=old, meaning=server_meaning())  # fmt: skip


def steps_title() -> str:
    return tr("Qué sigue")


def steps(g: Guidance, runnable: bool = True) -> list[str]:
    """What comes after the download, for this case (the activation's words are the result
    page's: wording.guidance). ``runnable``: False once Windows said the file is not one to
    run (flow: ``download_step.run_offered``); then no step tells to open it."""
    new = f"{g.system} {g.new}"
    if not runnable:
        first = tr("No ejecutes este archivo (arriba dice por qué). Descarga el instalador de "
                   "{new} desde el centro de descargas de Aspel.").format(new=new)  # fmt: skip
    elif g.install_elsewhere:
        first = tr("En el Servidor, abre con doble clic el instalador que copiaste y sigue sus "
                   "pasos.")  # fmt: skip
    else:
        first = tr("«Ejecutar instalador» instala {new}. Sigue sus pasos.").format(new=new)
    return [
        first,
        tr("Al terminar, el asistente de activación te pedirá el número de serie y la razón "
           "social que aparecen abajo: escríbelos exactamente así."),
        bring_data(g),
    ]  # fmt: skip


def looking() -> str:
    return tr("Comprobando el instalador y este equipo…")


def look_failed() -> str:
    return tr("No se pudo comprobar el instalador antes de ejecutarlo. Pulsa «Abrir carpeta» y "
              "ábrelo con doble clic; Windows te mostrará quién lo firmó.")  # fmt: skip


def no_longer_verified(name: str) -> str:
    """Looked at again before running it: gone, moved or changed since it was verified."""
    return tr("El archivo «{name}» ya no es el instalador que se verificó (se borró, se movió "
              "o cambió desde entonces), así que no se ejecutó. Pulsa «Descargar» para bajarlo "
              "y comprobarlo de nuevo.").format(name=name)  # fmt: skip


def old_version_open_title(old: str) -> str:
    return tr("{old} está abierto").format(old=old)


def old_version_open(old: str, new: str, *, again: bool) -> str:
    """The old version is open here: close it first (``again``: the user said it was)."""
    if again:
        text = tr("{old} sigue abierto en este equipo. Ciérralo (y pide a quien lo use en red "
                  "que también lo cierre) antes de instalar {new}: el instalador puede fallar o "
                  "pedir reiniciar si sigue abierto.")  # fmt: skip
    else:
        text = tr("{old} está abierto en este equipo. Ciérralo (y pide a quien lo use en red "
                  "que también lo cierre) antes de instalar {new}: el instalador puede fallar o "
                  "pedir reiniciar si sigue abierto.")  # fmt: skip
    return text.format(old=old, new=new)


def closed_it_button() -> str:
    return tr("&Ya lo cerré, continuar")


def run_anyway_button() -> str:
    return tr("Ejecutar de &todos modos")


def launched(system: str, new: str, serial: str, razon: str) -> str:
    return tr("Se abrió el instalador de {system} {new}. Al terminar, el asistente de "
              "activación te pedirá el número de serie {serial} y la razón social "
              "«{razon}».").format(system=system, new=new, serial=serial, razon=razon)  # fmt: skip


def not_launched(path: Path) -> str:
    return tr("Windows no pudo abrir el instalador «{path}». Pulsa «Abrir carpeta» y ábrelo con "
              "doble clic.").format(path=str(path))  # fmt: skip


def folder_not_opened(folder: Path) -> str:
    return tr(
        "No se pudo abrir la carpeta «{folder}». Ábrela desde el Explorador de archivos "
        "(la ruta completa está arriba, en «Se guardó en»)."
    ).format(folder=str(folder))

"""Which case the result page and the receipt describe, from what was found on this PC."""

from aspel_upgrade.flow.guidance import Where, guidance_for
from aspel_upgrade.host.installed import DataFolder, InstalledSystem

DATA = (DataFolder(r"C:\Datos\SAE7.00", 2),)


def test_the_old_version_with_its_data_here() -> None:
    found = [InstalledSystem("SAE", "7.0", "C:/p", DATA, running=True)]
    g = guidance_for("SAE", "7.0", "8.0", found)
    assert (g.where, g.data, g.old_running, g.new_installed) == (Where.DATA_HERE, DATA, True, False)


def test_installed_without_data_points_to_the_server() -> None:
    g = guidance_for("SAE", "7.0", "8.0", [InstalledSystem("SAE", "7", "C:/p")])
    assert g.where is Where.PROGRAM_ONLY and not g.old_running


def test_not_here_and_the_new_version_already_installed() -> None:
    found = [InstalledSystem("SAE", "8.0", "C:/p8"), InstalledSystem("COI", "7.0", "C:/c")]
    g = guidance_for("sae", "7.0", "8.0", found)
    assert g.where is Where.NOT_HERE and g.new_installed


def test_before_the_finder_answers_nothing_is_claimed() -> None:
    assert guidance_for("SAE", "7.0", "8.0", None).where is Where.UNKNOWN
    assert guidance_for("SAE", "7.0", "8.0", ()).where is Where.NOT_HERE


def test_a_registry_key_left_behind_is_not_an_installation() -> None:
    """Issue 18 B8: a key with nothing on disk neither says «ya está instalado» for the new
    version nor «está instalado en este equipo» for the old one."""
    found = [
        InstalledSystem("SAE", "7.0", from_registry=True),
        InstalledSystem("SAE", "8.0", from_registry=True),
    ]
    g = guidance_for("SAE", "7.0", "8.0", found)
    assert g.where is Where.NOT_HERE and not g.new_installed


def test_the_new_version_counts_as_installed_only_with_its_program() -> None:
    data_only = [InstalledSystem("SAE", "8.0", data=(DataFolder(r"C:\Datos\SAE8.00", 1),))]
    assert not guidance_for("SAE", "7.0", "8.0", data_only).new_installed

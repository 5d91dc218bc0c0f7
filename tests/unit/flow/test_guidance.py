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

"""Windows by name and by end of support, from the build (Microsoft's published dates).

The name comes from the build number, which does not lie: the registry's ProductName still
says «Windows 10» on Windows 11. Windows 11's support ends per yearly release, later for
Enterprise and Education; LTSC editions have their own dates.
"""

from __future__ import annotations

from datetime import date

from ...host.probes import WindowsVersion

# Workstations: (first build, last build, end of support); Windows 11 is by release below.
_CLIENT = (
    (0, 5999, date(2014, 4, 8)),  # XP and older
    (6000, 6003, date(2017, 4, 11)),  # Vista
    (7600, 7601, date(2020, 1, 14)),  # 7
    (9200, 9200, date(2016, 1, 12)),  # 8
    (9600, 9600, date(2023, 1, 10)),  # 8.1
    (10240, 19045, date(2025, 10, 14)),  # 10: Home, Pro, Enterprise, Education
)
_WIN10_LTSC = {
    10240: date(2025, 10, 14),  # LTSB 2015
    14393: date(2026, 10, 13),  # LTSB 2016
    17763: date(2029, 1, 9),  # LTSC 2019
    19044: date(2027, 1, 12),  # LTSC 2021
}
_WIN10_IOT_LTSC = {19044: date(2032, 1, 13)}
# Windows 11 release build -> (Home and Pro, Enterprise and Education)
_WIN11 = {
    22000: (date(2023, 10, 10), date(2024, 10, 8)),  # 21H2
    22621: (date(2024, 10, 8), date(2025, 10, 14)),  # 22H2
    22631: (date(2025, 11, 11), date(2026, 11, 10)),  # 23H2
    26100: (date(2026, 10, 13), date(2027, 10, 12)),  # 24H2
    26200: (date(2027, 10, 12), date(2028, 10, 10)),  # 25H2
}
_WIN11_LTSC = {26100: date(2029, 10, 9)}  # LTSC 2024
_SERVER = (
    (6001, "Windows Server 2008", date(2020, 1, 14)),
    (7600, "Windows Server 2008 R2", date(2020, 1, 14)),
    (9200, "Windows Server 2012", date(2023, 10, 10)),
    (9600, "Windows Server 2012 R2", date(2023, 10, 10)),
    (14393, "Windows Server 2016", date(2027, 1, 12)),
    (17763, "Windows Server 2019", date(2029, 1, 9)),
    (20348, "Windows Server 2022", date(2031, 10, 14)),
    (26100, "Windows Server 2025", date(2034, 10, 10)),
)
_CLIENT_NAMES = (
    (22000, "Windows 11"),
    (10240, "Windows 10"),
    (9600, "Windows 8.1"),
    (9200, "Windows 8"),
    (7600, "Windows 7"),
    (6000, "Windows Vista"),
    (0, "Windows XP"),
)


def windows_name(v: WindowsVersion) -> str:
    """«Windows 10 22H2», «Windows Server 2019»."""
    if v.server:
        name = next((n for b, n, _ in reversed(_SERVER) if v.build >= b), "Windows Server")
    else:
        name = next(n for b, n in _CLIENT_NAMES if v.build >= b)
    return f"{name} {v.display_version}" if v.display_version else name


def end_of_support(v: WindowsVersion) -> date | None:
    """When Microsoft ends (or ended) support for this Windows; None if not known."""
    edition = (v.edition or "").lower()
    ltsc = edition.endswith("enterprises") or "ltsc" in edition
    if v.server:
        return next((d for b, _, d in reversed(_SERVER) if v.build >= b), None)
    if v.build >= 22000:
        if ltsc and v.build in _WIN11_LTSC:
            return _WIN11_LTSC[v.build]
        if v.build > max(_WIN11) + 99:  # a newer release than this table knows
            return None
        home_pro, business = _WIN11[max(b for b in _WIN11 if b <= v.build)]
        return business if edition.startswith(("enterprise", "education")) else home_pro
    if ltsc and 10240 <= v.build <= 19045:
        iot = _WIN10_IOT_LTSC.get(v.build) if edition.startswith("iot") else None
        return iot or _WIN10_LTSC.get(v.build, date(2025, 10, 14))
    return next((d for low, high, d in _CLIENT if low <= v.build <= high), None)

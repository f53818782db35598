# SPDX-License-Identifier: Apache-2.0
"""PEP 517 backend: setuptools, with a stdlib fallback for building the wheel.

setuptools before 70.1 needs the third-party ``wheel`` package for ``bdist_wheel``;
with ``pip install --no-build-isolation`` on an interpreter that lacks it, the build
fails offline.  jixiao is pure Python, so when ``bdist_wheel`` is missing this module
asks setuptools for the metadata and the package list (from pyproject.toml) and
writes the wheel itself with :mod:`zipfile`.  Otherwise it is setuptools, unchanged.
"""

import base64
import hashlib
import os
import zipfile
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403  (every other hook as is)

_GENERATOR = "jixiao-backend (setuptools without wheel)"


def _have_bdist_wheel():
    try:
        import setuptools.command.bdist_wheel  # noqa: F401  (setuptools >= 70.1)
        return True
    except ImportError:
        pass
    try:
        import wheel.bdist_wheel  # noqa: F401
        return True
    except ImportError:
        return False


def _distribution():
    from setuptools.dist import Distribution

    dist = Distribution()
    dist.parse_config_files()  # setuptools >= 61 reads [project] from pyproject.toml
    return dist


def _dist_info_name(dist):
    name = dist.get_name().replace("-", "_")
    return f"{name}-{dist.get_version()}.dist-info"


def _metadata_text(dist):
    import io

    out = io.StringIO()
    dist.metadata.write_pkg_file(out)
    return out.getvalue()


def _wheel_text():
    return (
        "Wheel-Version: 1.0\n"
        f"Generator: {_GENERATOR}\n"
        "Root-Is-Purelib: true\n"
        "Tag: py3-none-any\n"
    )


def _package_files(dist):
    """(archive name, file path) of every module and package-data file."""
    import fnmatch

    files = []
    package_data = dist.package_data or {}
    for package in dist.packages or []:
        root = Path(*package.split("."))
        patterns = ["*.py"] + list(package_data.get(package, [])) + list(package_data.get("", []))
        for entry in sorted(root.iterdir()):
            if entry.is_file() and any(fnmatch.fnmatch(entry.name, p) for p in patterns):
                files.append((f"{root.as_posix()}/{entry.name}", entry))
    return files


def _record_line(arcname, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    if _have_bdist_wheel():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    if _have_bdist_wheel():
        return _setuptools.prepare_metadata_for_build_wheel(metadata_directory, config_settings)
    dist = _distribution()
    info = Path(metadata_directory) / _dist_info_name(dist)
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(_metadata_text(dist), encoding="utf-8")
    (info / "WHEEL").write_text(_wheel_text(), encoding="utf-8")
    return info.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    if _have_bdist_wheel():
        return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    dist = _distribution()
    name = dist.get_name().replace("-", "_")
    wheel_name = f"{name}-{dist.get_version()}-py3-none-any.whl"
    info = _dist_info_name(dist)
    entries = [(arc, path.read_bytes()) for arc, path in _package_files(dist)]
    entries.append((f"{info}/METADATA", _metadata_text(dist).encode("utf-8")))
    entries.append((f"{info}/WHEEL", _wheel_text().encode("utf-8")))
    entries.append((f"{info}/top_level.txt", ("\n".join(sorted({p.split(".")[0] for p in dist.packages})) + "\n").encode()))
    record = [_record_line(arc, data) for arc, data in entries] + [f"{info}/RECORD,,"]
    entries.append((f"{info}/RECORD", ("\n".join(record) + "\n").encode("utf-8")))
    os.makedirs(wheel_directory, exist_ok=True)
    with zipfile.ZipFile(Path(wheel_directory) / wheel_name, "w", zipfile.ZIP_DEFLATED) as archive:
        for arc, data in entries:
            archive.writestr(arc, data)
    return wheel_name

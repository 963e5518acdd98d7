#!/usr/bin/env python3
"""The desktop integration of the wirebench package, as installed (cmake --install of the
component wirebench into a scratch prefix):

- the desktop entry passes desktop-file-validate (no message at all), opens files (%f) and
  declares the circuit MIME type;
- the AppStream metainfo passes appstreamcli validate --no-net --strict (no warning, no info),
  launches that entry, provides the MIME type, and its screenshots are pictures of the
  repository's docs/;
- the MIME type has its icon, and the desktop's own databases built from the installed files
  say so: update-mime-database maps *.wbc.json to the type and the type to its icon,
  update-desktop-database opens the type with Wirebench;
- the application's and the MIME type's icons exist as SVG and as PNG of every hicolor size,
  each PNG of its directory's size.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

APP_ID = "io.github.wirebench.Wirebench"
SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def run(argv, problems):
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        problems.append(f"{' '.join(argv)} exited with {result.returncode}: {output}")
    return output


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def desktop_entry(path):
    entry, group = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def check_icon(share, category, name, problems):
    svg = os.path.join(share, "icons/hicolor/scalable", category, name + ".svg")
    if not os.path.isfile(svg):
        problems.append(f"no scalable icon {svg}")
    for size in SIZES:
        png = os.path.join(share, f"icons/hicolor/{size}x{size}", category, name + ".png")
        if not os.path.isfile(png):
            problems.append(f"no {size}x{size} icon {png}")
        elif png_size(png) != (size, size):
            problems.append(f"{png} is {png_size(png)}, not {size}x{size}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--work-dir", required=True)
    args = parser.parse_args()
    for tool in ["desktop-file-validate", "appstreamcli", "update-mime-database",
                 "update-desktop-database"]:
        if not shutil.which(tool):
            print(f"{tool} is not installed (./dev installs desktop-file-utils, appstream and "
                  "shared-mime-info)", file=sys.stderr)
            return 1
    problems = []
    prefix = os.path.join(args.work_dir, "usr")
    shutil.rmtree(args.work_dir, ignore_errors=True)
    run(["cmake", "--install", args.build_dir, "--component", "wirebench", "--prefix", prefix],
        problems)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    share = os.path.join(prefix, "share")

    # The MIME type, as the package declares it.
    mime_xml = os.path.join(share, "mime/packages/wirebench-circuit.xml")
    mime_type = ET.parse(mime_xml).getroot().find(MIME_NS + "mime-type")
    type_name = mime_type.get("type")
    icon_element = mime_type.find(MIME_NS + "icon")
    # The spec's default icon name is the type with "-" for "/".
    mime_icon = (icon_element.get("name") if icon_element is not None
                 else type_name.replace("/", "-"))
    globs = [g.get("pattern") for g in mime_type.findall(MIME_NS + "glob")]
    if not globs:
        problems.append(f"{mime_xml}: no glob pattern")

    # The desktop entry.
    desktop = os.path.join(share, "applications", APP_ID + ".desktop")
    output = run(["desktop-file-validate", desktop], problems)
    if output:
        problems.append(f"desktop-file-validate {desktop}: {output}")
    entry = desktop_entry(desktop)
    if type_name not in entry.get("MimeType", "").split(";"):
        problems.append(f"{desktop}: MimeType does not name {type_name}")
    if not re.search(r"%[fFuU]", entry.get("Exec", "")):
        problems.append(f"{desktop}: Exec takes no file (%f)")
    check_icon(share, "apps", entry.get("Icon", ""), problems)
    check_icon(share, "mimetypes", mime_icon, problems)

    # The AppStream metainfo.
    metainfo = os.path.join(share, "metainfo", APP_ID + ".metainfo.xml")
    run(["appstreamcli", "validate", "--no-net", "--strict", "--no-color", metainfo], problems)
    component = ET.parse(metainfo).getroot()
    if component.findtext("id") != APP_ID:
        problems.append(f"{metainfo}: id is not {APP_ID}")
    launchable = component.find("launchable[@type='desktop-id']")
    if launchable is None or launchable.text != APP_ID + ".desktop":
        problems.append(f"{metainfo}: does not launch {APP_ID}.desktop")
    if type_name not in [m.text for m in component.findall("provides/mediatype")]:
        problems.append(f"{metainfo}: does not provide {type_name}")
    images = [i.text for i in component.findall("screenshots/screenshot/image")]
    if not images:
        problems.append(f"{metainfo}: no screenshot")
    for url in images:
        # A picture of the repository's main branch: it must exist in this tree.
        match = re.match(r"https://raw\.githubusercontent\.com/[^/]+/[^/]+/main/(.+)$", url)
        if not match or not os.path.isfile(os.path.join(args.source_dir, match.group(1))):
            problems.append(f"{metainfo}: screenshot {url} is not a picture of this tree")
    if component.find("content_rating[@type='oars-1.1']") is None:
        problems.append(f"{metainfo}: no OARS content rating")
    if component.find("releases/release") is None:
        problems.append(f"{metainfo}: no release")

    # The desktop's databases, built from the installed files as dpkg's triggers build them.
    run(["update-mime-database", os.path.join(share, "mime")], problems)
    with open(os.path.join(share, "mime/globs2"), encoding="utf-8") as f:
        glob_lines = [line.strip().split(":", 2) for line in f if not line.startswith("#")]
    for pattern in globs:
        if not any(len(g) == 3 and g[1] == type_name and g[2] == pattern for g in glob_lines):
            problems.append(f"update-mime-database: {pattern} is not {type_name}")
    with open(os.path.join(share, "mime/icons"), encoding="utf-8") as f:
        if f"{type_name}:{mime_icon}" not in f.read().split():
            problems.append(f"update-mime-database: {type_name} has no icon {mime_icon}")
    run(["update-desktop-database", os.path.join(share, "applications")], problems)
    with open(os.path.join(share, "applications/mimeinfo.cache"), encoding="utf-8") as f:
        opens = [line.strip() for line in f if line.startswith(type_name + "=")]
    if not opens or APP_ID + ".desktop" not in opens[0].split("=", 1)[1].split(";"):
        problems.append(f"update-desktop-database: {type_name} does not open in {APP_ID}")

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{desktop}, {metainfo}, {type_name} ({', '.join(globs)}) and the icons "
              f"({len(SIZES)} sizes and SVG) are right")
        shutil.rmtree(args.work_dir, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

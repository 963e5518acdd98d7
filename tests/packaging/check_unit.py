#!/usr/bin/env python3
"""The systemd unit template wirebench-node@.service passes `systemd-analyze verify` (offline:
it needs no running systemd), for an instance, with the built wirebench-node in place of
/usr/bin/wirebench-node (verify checks that the command exists). Exits 77 (skipped) without
systemd-analyze. ./dev package --check verifies the installed unit as it is."""
import argparse
import os
import shutil
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--unit", required=True)
    parser.add_argument("--node", required=True)
    parser.add_argument("--work-dir", required=True)
    args = parser.parse_args()
    if not shutil.which("systemd-analyze"):
        print("systemd-analyze is not installed: skipped")
        return 77
    with open(args.unit, encoding="utf-8") as f:
        unit = f.read()
    if "ExecStart=/usr/bin/wirebench-node " not in unit:
        print(f"{args.unit}: ExecStart does not run /usr/bin/wirebench-node", file=sys.stderr)
        return 1
    for needed in ["EnvironmentFile=/etc/wirebench/%i.conf", "DynamicUser=yes",
                   "NoNewPrivileges=yes", "ProtectSystem=strict"]:
        if needed not in unit:
            print(f"{args.unit}: no {needed}", file=sys.stderr)
            return 1
    shutil.rmtree(args.work_dir, ignore_errors=True)
    os.makedirs(args.work_dir)
    name = os.path.basename(args.unit)
    with open(os.path.join(args.work_dir, name), "w", encoding="utf-8") as f:
        f.write(unit.replace("/usr/bin/wirebench-node", os.path.abspath(args.node)))
    instance = os.path.join(args.work_dir, name.replace("@.", "@check."))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", instance],
                            capture_output=True, text=True, timeout=60)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or output:
        print(f"systemd-analyze verify {instance} ({result.returncode}): {output}",
              file=sys.stderr)
        return 1
    print(f"{name}: systemd-analyze verify passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

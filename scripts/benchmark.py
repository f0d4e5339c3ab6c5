#!/usr/bin/env python3
"""Recours benchmark: the figures of BENCHMARKS.md, measured through a real pseudo-terminal.

Standard library only. Run through `scripts/benchmark`, which builds the release binary first:

    scripts/benchmark                 # build, generate the fixtures, measure, print the table
    scripts/benchmark --quick         # fewer runs (a rough check while working)

What it does:
- generates the fixtures in a temporary folder: a dossier derived from Examples/caami-incapacite.json whose
  facts hold 1 MB of French text (accents, paragraphs), opened on its facts field; 10,000 drafts;
- spawns `recours` in a pseudo-terminal (TERM=xterm-256color, 80x24 set with TIOCSWINSZ, LANG unset) and reads
  everything it writes, with the time each chunk arrived;
- first screen: from spawn to the end of the first output burst that holds the bottom key bar;
- bytes per typed character: 200 characters typed one by one in the title field of `recours new`, each after
  the previous echo; every byte read from the terminal counts;
- key handling: with the 1 MB dossier open on its facts field, the time from writing a key to the end of the
  output burst it causes (the last byte before the output goes quiet), for letters, arrows and Enter;
- peak memory: the peak resident set size (VmHWM, also ru_maxrss from wait4) of that process;
- `recours export`, `recours check` on the 1 MB dossier and `recours list` over 10,000 drafts: wall time.
"""

import argparse
import fcntl
import json
import os
import pty
import random
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "22/11/2026"
COLS, ROWS = 80, 24
# The output is "quiet" (the burst has ended) after this long without a byte.
QUIET = 0.030

# ---------------------------------------------------------------------------------------------------------
# Fixtures


WORDS = (
    "le la les un une des du de à au aux et ou mais donc car ni que qui dont où est a été était sera avait "
    "médecin-conseil mutualité mutuelle décision réclamation médiateur tribunal travail incapacité indemnités "
    "hôpital clinique kinésithérapie séances remboursement refusé retardé notifié contesté reçu envoyé "
    "février août décembre été hiver prochaine dernière première après avant pendant depuis jusqu'à "
    "santé dossier pièce certificat rapport neurochirurgien généraliste spécialiste examen opération "
    "très déjà où à côté d'après lorsqu'il qu'elle n'a pas jamais toujours encore peut-être "
    "écrit téléphoné répondu attendu vérifié réclamé exigé prévu délai échéance recours appel "
    "L'assurée Mme M. Dupont Verhaegen Peeters Schaerbeek Bruxelles Liège Lyon Besançon Orléans "
    "euros 486,40 € 1 250,00 € 12 janvier 3 février 30 septembre 1er octobre 14 juillet "
    "«\u00a0selon\u00a0» œuvre cœur sœur Noël naïf maïs ça façon reçu garçon leçon français"
).split()


def french_text(target_bytes, seed=20261122):
    """About `target_bytes` of French prose: sentences in paragraphs separated by line breaks."""
    rng = random.Random(seed)
    paragraphs = []
    size = 0
    while size < target_bytes:
        sentences = []
        for _ in range(rng.randint(3, 9)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + rng.choice([".", ".", ".", " !", " ?", " ;"]))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        size += len(paragraph.encode()) + 1
    text = "\n".join(paragraphs)
    encoded = text.encode()[:target_bytes]
    return encoded.decode("utf-8", errors="ignore").rstrip()


def write_json(path, value):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    os.chmod(path, 0o600)


def make_fixtures(base):
    with open(os.path.join(ROOT, "Examples", "caami-incapacite.json"), encoding="utf-8") as f:
        caami = json.load(f)
    big_dir = os.path.join(base, "big")
    os.makedirs(big_dir, mode=0o700)
    big = json.loads(json.dumps(caami))
    big["id"] = "bench-1mo"
    big["title"] = "Dossier de 1 Mo – CAAMI"
    big["dispute"]["facts"] = french_text(1_048_576)
    big["resumePoint"] = {"screen": "dispute", "field": "dispute.facts"}
    big_path = os.path.join(big_dir, "bench-1mo.json")
    write_json(big_path, big)

    examples = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Examples"))):
        if name.endswith(".json"):
            with open(os.path.join(ROOT, "Examples", name), encoding="utf-8") as f:
                examples.append(json.load(f))
    many_dir = os.path.join(base, "drafts-10000")
    os.makedirs(many_dir, mode=0o700)
    for i in range(10_000):
        d = json.loads(json.dumps(examples[i % len(examples)]))
        d["id"] = "b%05d" % i
        d["title"] = "" if i % 3 == 0 else "%s n° %d" % (d["title"], i)
        d["updatedAt"] = "2026-%02d-%02dT%02d:%02d:00Z" % (1 + i % 11, 1 + i % 28, i % 24, i % 60)
        write_json(os.path.join(many_dir, d["id"] + ".json"), d)

    few_dir = os.path.join(base, "drafts-3")
    os.makedirs(few_dir, mode=0o700)
    for d in examples:
        write_json(os.path.join(few_dir, d["id"] + ".json"), d)
    return {
        "big": big_path,
        "big_bytes": len(big["dispute"]["facts"].encode()),
        "many": many_dir,
        "few": few_dir,
        "new": os.path.join(base, "drafts-new"),
    }


def fixture_paths(base):
    big = os.path.join(base, "big", "bench-1mo.json")
    with open(big, encoding="utf-8") as f:
        facts = json.load(f)["dispute"]["facts"]
    return {
        "big": big,
        "big_bytes": len(facts.encode()),
        "many": os.path.join(base, "drafts-10000"),
        "few": os.path.join(base, "drafts-3"),
        "new": os.path.join(base, "drafts-new"),
    }


# ---------------------------------------------------------------------------------------------------------
# A program in a pseudo-terminal


def child_environment(base):
    env = {
        k: v
        for k, v in os.environ.items()
        if not (k.startswith("LC_") or k in ("LANG", "LANGUAGE", "NO_COLOR", "COLUMNS", "LINES", "TMUX"))
    }
    env["TERM"] = "xterm-256color"
    env["HOME"] = os.path.join(base, "home")
    env["XDG_CONFIG_HOME"] = os.path.join(base, "home", ".config")
    env["XDG_DATA_HOME"] = os.path.join(base, "home", ".local", "share")
    os.makedirs(env["HOME"], exist_ok=True)
    return env


class PtyProgram:
    """A program running in a pseudo-terminal of COLS x ROWS; everything it writes is read and time-stamped."""

    def __init__(self, argv, env):
        self.argv = argv
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.total = 0
        self.output = bytearray()
        self.status = None
        self.rusage = None

    def read_for(self, timeout):
        """Reads what arrives within `timeout` seconds; returns (bytes, time of the last byte or None)."""
        deadline = time.perf_counter() + timeout
        data = bytearray()
        last = None
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                break
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                break
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            last = time.perf_counter()
            data += chunk
        self.total += len(data)
        self.output += data
        return bytes(data), last

    def burst(self, first_timeout=2.0, quiet=QUIET, until=None, limit=30.0):
        """Waits for output (at most `first_timeout`), then reads until it has been quiet for `quiet` seconds
        (and, when `until` is given, until the output holds it). Returns (bytes, time of the last byte)."""
        start = time.perf_counter()
        data = bytearray()
        last = None
        while True:
            if time.perf_counter() - start > limit:
                break
            waiting = first_timeout if last is None else quiet
            ready, _, _ = select.select([self.fd], [], [], waiting)
            if not ready:
                if last is None:
                    break
                if until is None or until in data:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            last = time.perf_counter()
            data += chunk
        self.total += len(data)
        self.output += data
        return bytes(data), last

    def write(self, data):
        os.write(self.fd, data)
        return time.perf_counter()

    def peak_rss_kb(self):
        """VmHWM of the running process, in kB."""
        try:
            with open("/proc/%d/status" % self.pid) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return None

    def kill(self):
        os.kill(self.pid, signal.SIGKILL)
        _, self.status, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)

    def quit(self):
        try:
            self.write(b"\x11")  # Ctrl-Q
        except OSError:
            pass
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline:
            self.read_for(0.05)
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status, self.rusage = status, rusage
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            _, self.status, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)


KEY_BAR = "quitter".encode()


def first_screen(binary, args, env, runs):
    """Median time from spawn to the end of the burst that completes the first screen (its key bar)."""
    times = []
    for _ in range(runs):
        p = PtyProgram([binary] + args, env)
        data, last = p.burst(first_timeout=10, quiet=0.1, until=KEY_BAR)
        if KEY_BAR not in data or last is None:
            p.quit()
            raise SystemExit("first screen never completed for %s:\n%r" % (args, data[-500:]))
        times.append(last - p.started)
        p.quit()
    return times


def first_screen_and_rss(argv, env, runs, until=None):
    """Like `first_screen` for any program (dialog, whiptail): the medians of the time to the end of the first
    burst (the program then quiet for 100 ms), of its peak RSS at that moment (VmHWM, kB) and of its CPU time, idle
    on its first screen. The program is killed afterwards (dialog and whiptail do not know Ctrl-Q)."""
    times = []
    peaks = []
    cpu = []
    for _ in range(runs):
        p = PtyProgram(argv, env)
        data, last = p.burst(first_timeout=10, quiet=0.1, until=until)
        if last is None or (until is not None and until not in data):
            p.kill()
            raise SystemExit("first screen never completed for %s:\n%r" % (argv, data[-500:]))
        times.append(last - p.started)
        peaks.append(p.peak_rss_kb() or 0)
        p.kill()
        # The CPU time to the first screen (user and system; idle since): what a busy machine does not inflate.
        cpu.append(p.rusage.ru_utime + p.rusage.ru_stime)
    return statistics.median(times), statistics.median(peaks), statistics.median(cpu)


# ---------------------------------------------------------------------------------------------------------
# Measurements


def bytes_per_character(binary, fixtures, env, count=200, field="title"):
    """Types `count` characters one by one into a single-line field of `recours new` (the title, on the first
    screen; or the first name, on the second: a field the header does not repeat), each after the echo of the
    previous one, and counts every byte the terminal receives."""
    os.makedirs(fixtures["new"], mode=0o700, exist_ok=True)
    p = PtyProgram([binary, "new", "--drafts-dir", fixtures["new"], "--date", TODAY], env)
    p.burst(first_timeout=10, quiet=0.1, until=KEY_BAR)
    if field == "firstName":
        p.write(b"\x1b[6~")  # PgDn: "Vos coordonnées", on the civility
        p.burst(first_timeout=2, quiet=0.1)
        p.write(b"\t")  # the first name
        p.burst(first_timeout=2, quiet=0.1)
    text = ("Remboursement refusé des séances de kinésithérapie – été 2026, dossier n° 4817 ; "
            "la mutualité a répondu très tard, après l'échéance prévue. ")
    before = p.total
    per_char = []
    latencies = []
    for i in range(count):
        c = text[i % len(text)]
        sent = p.write(c.encode())
        data, last = p.burst(first_timeout=2, quiet=QUIET)
        per_char.append(len(data))
        if last is not None:
            latencies.append(last - sent)
    total = p.total - before
    p.quit()
    return {
        "mean": total / count,
        "first40": sum(per_char[:40]) / 40,
        "median": statistics.median(per_char),
        "max": max(per_char),
        "total": total,
        "latencies": latencies,
    }


def key_sequence(n):
    """Letters (with accents), Enter and arrows, in a pattern that stays inside the facts field."""
    UP, DOWN, LEFT, RIGHT = b"\x1bOA", b"\x1bOB", b"\x1bOD", b"\x1bOC"
    words = "Réclamé à la mutualité : reçu été "
    keys = []
    i = 0
    while len(keys) < n:
        for c in words[i % 7: i % 7 + 8]:
            keys.append(("letter", c.encode()))
        keys.append(("enter", b"\r"))
        keys += [("arrow", UP), ("arrow", UP), ("arrow", LEFT), ("arrow", LEFT), ("arrow", RIGHT),
                 ("arrow", RIGHT), ("arrow", DOWN), ("arrow", DOWN)]
        i += 1
    return keys[:n]


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def key_handling(binary, fixtures, env, count):
    work = os.path.join(os.path.dirname(fixtures["big"]), "..", "big-keys")
    os.makedirs(work, exist_ok=True)
    path = os.path.join(work, "bench-1mo.json")
    shutil.copyfile(fixtures["big"], path)
    os.chmod(path, 0o600)
    p = PtyProgram([binary, "open", path, "--drafts-dir", work, "--date", TODAY], env)
    data, last = p.burst(first_timeout=30, quiet=0.2, until=KEY_BAR)
    open_time = (last - p.started) if last else float("nan")
    if b"Les faits" not in p.output:
        p.quit()
        raise SystemExit("the 1 MB dossier did not open on its facts field")
    by_kind = {}
    every = []
    order = []
    silent = 0
    for kind, key in key_sequence(count):
        sent = p.write(key)
        data, last = p.burst(first_timeout=2, quiet=QUIET)
        if last is None:
            silent += 1
            continue
        t = last - sent
        every.append(t)
        order.append(kind)
        by_kind.setdefault(kind, []).append(t)
    hwm = p.peak_rss_kb()
    p.quit()
    maxrss = p.rusage.ru_maxrss if p.rusage else None
    return {"open": open_time, "all": every, "order": order, "kinds": by_kind, "silent": silent, "hwm": hwm, "maxrss": maxrss}


def echo_latencies(argv, env, count, until=None):
    """The time from writing a letter to the end of the output it causes, for any program that echoes typed
    letters (a raw-mode `cat`, `dialog --inputbox`): the floor this machine's pseudo-terminals and scheduling put
    under any program's key → redraw time, measured the same way as Recours's."""
    p = PtyProgram(argv, env)
    p.burst(first_timeout=10, quiet=0.2, until=until)
    times = []
    for i in range(count):
        sent = p.write(b"abcdefgh"[i % 8:i % 8 + 1])
        data, last = p.burst(first_timeout=2, quiet=QUIET)
        if last is not None:
            times.append(last - sent)
    p.kill()
    return times


def wall_times(argv, runs, env):
    """Wall-clock times of `runs` runs, and the CPU time (user + system) of each (less sensitive to a busy machine)."""
    times = []
    cpu = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        err = proc.stderr.read()
        _, status, rusage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        cpu.append(rusage.ru_utime + rusage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit("%s failed (%d): %s" % (" ".join(argv), code, err.decode()[-500:]))
    return times, cpu


def peak_rss_of(argv, env):
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, rusage = os.wait4(proc.pid, 0)
    return rusage.ru_maxrss


# ---------------------------------------------------------------------------------------------------------
# Report


def ms(seconds):
    return "%.1f ms" % (seconds * 1000) if seconds < 10 else "%.2f s" % seconds


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = "%.1f GiB" % (kb / 1048576)
    except OSError:
        pass
    osname = "?"
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "%d cores, %s, %s, %s, kernel %s" % (os.cpu_count() or 0, cpu, mem, osname, os.uname().release)


def linkage(binary):
    """Whether the Swift standard library is linked statically (no libswiftCore.so among the needed libraries)."""
    try:
        out = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
    except OSError:
        return "linkage unknown"
    return "Swift runtime dynamic" if "libswiftCore" in out else "Swift runtime static"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", required=True, help="folder of the release build (recours, RecoursBenchmark)")
    parser.add_argument("--quick", action="store_true", help="fewer runs and keys")
    parser.add_argument("--keep", action="store_true", help="keep the fixtures folder")
    parser.add_argument("--keys", type=int, default=None, help="keys for the key-handling measurement (600)")
    parser.add_argument("--only", default="first,typing,keys,inprocess,cli",
                        help="comma-separated parts to run: first, typing, keys, inprocess, cli (default: all)")
    parser.add_argument("--inprocess-keys", type=int, default=2000, help="keys for the in-process measurement (2000)")
    parser.add_argument("--dump", help="write every key's time in the pty (kind, microseconds) to this file")
    parser.add_argument("--fixtures", help="use (or create) the fixtures in this folder, kept afterwards")
    args = parser.parse_args()

    binary = os.path.join(args.bin, "recours")
    in_process = os.path.join(args.bin, "RecoursBenchmark")
    runs = 3 if args.quick else 9
    keys = args.keys or (200 if args.quick else 600)

    parts = set(args.only.split(","))
    if args.fixtures:
        base = os.path.abspath(args.fixtures)
        args.keep = True
    else:
        base = tempfile.mkdtemp(prefix="recours-bench-")
    try:
        print("Machine: " + machine())
        print("Load average at start: %.2f %.2f %.2f (timings are wall-clock: a busy machine inflates them)" % os.getloadavg())
        print("Binary: %s (%s)" % (binary, linkage(binary)))
        print("Fixtures in %s …" % base, flush=True)
        fixtures = fixture_paths(base) if os.path.exists(os.path.join(base, "big")) else make_fixtures(base)
        env = child_environment(base)
        print("  1 MB dossier: %d bytes of facts; 10,000 drafts." % fixtures["big_bytes"], flush=True)
        rows = []

        def row(name, value, target, ok, note=""):
            rows.append((name, value, target, "✓" if ok else ("✗" if ok is not None else " "), note))

        if "first" in parts:
            print("First screen …", flush=True)
            t_home = first_screen(binary, ["--drafts-dir", fixtures["few"], "--date", TODAY], env, runs)
            t_new = first_screen(binary, ["new", "--drafts-dir", fixtures["new"], "--date", TODAY], env, runs)
            med = statistics.median(t_home)
            row("first screen: recours (list of 3 drafts)", ms(med), "≤ 50 ms", med <= 0.050, "median of %d" % runs)
            med = statistics.median(t_new)
            row("first screen: recours new", ms(med), "≤ 50 ms", med <= 0.050, "median of %d" % runs)
            # The tools people compare Recours with, in the same run: the same pseudo-terminal, an input box.
            # `recours new` again, measured the same way as they are (idle on its first screen: its peak RSS).
            compare_runs = max(runs, 7)
            t_recours, rss_recours, cpu_recours = first_screen_and_rss(
                [binary, "new", "--drafts-dir", fixtures["new"], "--date", TODAY], env, compare_runs, until=KEY_BAR)
            row("peak RSS, recours new idle on its first screen", "%.1f MB" % (rss_recours / 1024), "≤ 15 MB",
                rss_recours <= 15 * 1024, "VmHWM, median of %d" % compare_runs)
            for tool in ("dialog", "whiptail"):
                path = shutil.which(tool)
                if not path:
                    row("first screen: %s --inputbox" % tool, "skipped", "", None, "%s is not installed" % tool)
                    continue
                t_tool, rss_tool, cpu_tool = first_screen_and_rss(
                    [path, "--inputbox", "Titre du dossier", "8", "60"], env, compare_runs)
                ratio = t_recours / t_tool
                row("first screen: %s --inputbox" % tool, ms(t_tool), "", None,
                    "median of %d; peak RSS %.1f MB; CPU %s (recours new %s)"
                    % (compare_runs, rss_tool / 1024, ms(cpu_tool), ms(cpu_recours)))
                row("  recours new / %s --inputbox" % tool, "×%.1f" % ratio, "≤ ×2.5" if tool == "dialog" else "",
                    ratio <= 2.5 if tool == "dialog" else None, "recours new %s in this comparison" % ms(t_recours))

        if "typing" in parts:
            print("Bytes per typed character …", flush=True)
            typed = bytes_per_character(binary, fixtures, env)
            row("bytes per typed character (title field)", "%.1f" % typed["mean"], "≤ 4", typed["mean"] <= 4,
                "200 chars; first 40: %.1f; median %d, max %d" % (typed["first40"], typed["median"], typed["max"]))
            plain = bytes_per_character(binary, fixtures, env, field="firstName")
            row("  same, first-name field (not in the header)", "%.1f" % plain["mean"], "", None,
                "200 chars; first 40: %.1f; median %d, max %d" % (plain["first40"], plain["median"], plain["max"]))

        if "keys" in parts:
            print("Key handling with the 1 MB dossier (%d keys) …" % keys, flush=True)
            k = key_handling(binary, fixtures, env, keys)
            row("first screen: recours open (1 MB dossier)", ms(k["open"]), "", None, "spawn → key bar")
            all_keys = k["all"]
            p50, p99 = statistics.median(all_keys), percentile(all_keys, 99)
            row("key → redraw in the pty, median", ms(p50), "", None, "%d keys" % len(all_keys))
            row("key → redraw in the pty, p99", ms(p99), "≤ 1 ms", p99 <= 0.001, "max %s" % ms(max(all_keys)))
            for kind in ("letter", "enter", "arrow"):
                v = k["kinds"].get(kind, [])
                if v:
                    row("  %s (%d): median / p99" % (kind, len(v)),
                        "%s / %s" % (ms(statistics.median(v)), ms(percentile(v, 99))), "", None)
            if k["silent"]:
                row("  keys without any output", str(k["silent"]), "", None)
            # The same measurement of programs that do next to nothing per key: what the machine adds to any key.
            floors = [("a raw-mode cat", ["/bin/sh", "-c", "stty raw -echo; exec cat"], None)]
            if shutil.which("dialog"):
                floors.append(("dialog --inputbox", [shutil.which("dialog"), "--inputbox", "Titre", "10", "60"], None))
            for name, argv, until in floors:
                t = echo_latencies(argv, env, min(keys, 200), until)
                if t:
                    row("  floor: %s, typed letter, median / p99" % name,
                        "%s / %s" % (ms(statistics.median(t)), ms(percentile(t, 99))), "", None,
                        "%d letters, same pty and timing" % len(t))
            peak = k["maxrss"] or k["hwm"]
            row("peak RSS, 1 MB dossier open and edited", "%.1f MB" % (peak / 1024), "≤ 25 MB", peak <= 25 * 1024,
                "VmHWM %s kB before quitting" % k["hwm"])
            if args.dump:
                with open(args.dump, "w") as f:
                    for kind, t in zip(k["order"], k["all"]):
                        f.write("%s %d\n" % (kind, t * 1e6))

        if "inprocess" in parts and os.path.exists(in_process):
            print("In-process update + render …", flush=True)
            result = subprocess.run([in_process, fixtures["big"], "--date", TODAY, "--keys", str(args.inprocess_keys)],
                                    capture_output=True, text=True)
            if result.returncode == 0:
                for line in result.stdout.splitlines():
                    p = line.split("\t")
                    if len(p) == 4:
                        row(p[0], p[1], p[2], {"✓": True, "✗": False}.get(p[3]), "in-process")
            else:
                print(result.stderr)

        if "cli" in parts:
            print("Commands …", flush=True)
            cli_runs = 3 if args.quick else 7
            for name, argv, target in [
                ("recours export (1 MB dossier)", [binary, "export", fixtures["big"], "--date", TODAY], 0.050),
                ("recours check (1 MB dossier)", [binary, "check", fixtures["big"], "--date", TODAY], None),
                ("recours list (10,000 drafts)", [binary, "list", "--drafts-dir", fixtures["many"], "--date", TODAY], 0.300),
            ]:
                t, cpu = wall_times(argv, cli_runs, env)
                med = statistics.median(t)
                row(name, ms(med), ("≤ %s" % ms(target)) if target else "", (med <= target) if target else None,
                    "median of %d, best %s; CPU %s" % (cli_runs, ms(min(t)), ms(statistics.median(cpu))))
            rss = peak_rss_of([binary, "list", "--drafts-dir", fixtures["many"], "--date", TODAY], env)
            row("peak RSS, recours list (10,000 drafts)", "%.1f MB" % (rss / 1024), "", None)

        print()
        print("Load average at end: %.2f %.2f %.2f" % os.getloadavg())
        widths = [max(len(r[i]) for r in rows + [("measure", "value", "target", "", "")]) for i in range(5)]
        header = ("measure", "value", "target", "", "notes")
        line = "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |"
        print(line)
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
        for r in rows:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")
    finally:
        if args.keep:
            print("Fixtures kept in " + base)
        else:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()

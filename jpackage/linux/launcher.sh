#!/bin/sh
# Activation Lab's launcher on Linux: `activation-lab` opens the app, `activation-lab list` (or any
# other subcommand) answers on the terminal with no display needed.
#
# It stands in for jpackage's native Linux launcher, which asks `rpm -qf` and `dpkg -S` which
# package owns it, twice, at every start: about 0.2 s of CPU here and more on a desktop with many
# packages installed. This script reads the same launcher configuration that jpackage wrote
# (lib/app/<launcher>.cfg: class path, main class, Java options, with $APPDIR, $BINDIR and
# $ROOTDIR standing for the image's folders) and starts the bundled runtime directly.
set -eu

launcher=$(readlink -f "$0")
bin_dir=$(dirname "$launcher")
root_dir=$(dirname "$bin_dir")
app_dir="$root_dir/lib/app"
cfg="$app_dir/$(basename "$launcher").cfg"
java="$root_dir/lib/runtime/bin/java"

# Prints $1 with jpackage's folder variables replaced by this image's folders.
# shellcheck disable=SC2016 # the patterns are the literal text $APPDIR, $BINDIR, $ROOTDIR
expand() {
    value=$1
    while :; do
        case $value in
            *'$APPDIR'*) value=${value%%'$APPDIR'*}$app_dir${value#*'$APPDIR'} ;;
            *'$BINDIR'*) value=${value%%'$BINDIR'*}$bin_dir${value#*'$BINDIR'} ;;
            *'$ROOTDIR'*) value=${value%%'$ROOTDIR'*}$root_dir${value#*'$ROOTDIR'} ;;
            *) break ;;
        esac
    done
    printf '%s' "$value"
}

if [ ! -r "$cfg" ]; then
    echo "activation-lab: cannot read the launcher configuration $cfg" >&2
    exit 1
fi

# The user's arguments stay first in "$@" while the Java options are appended after them;
# the loop at the end moves them behind the main class.
user_argc=$#
class_path=
main_class=
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        app.classpath=*) class_path=${class_path:+$class_path:}$(expand "${line#app.classpath=}") ;;
        app.mainclass=*) main_class=${line#app.mainclass=} ;;
        java-options=*) set -- "$@" "$(expand "${line#java-options=}")" ;;
    esac
done < "$cfg"

if [ -z "$main_class" ] || [ -z "$class_path" ]; then
    echo "activation-lab: $cfg names no main class or class path" >&2
    exit 1
fi
# `export` draws one figure and exits: most of its time is start-up, where the JIT's optimising
# compiler (C2) spends CPU on code that runs only once. Stopping at C1 made the 4K PNG export of
# issue 14 take 0.60 of the wall time and 0.68 of the CPU time, measured side by side
# (RenderSideBySide export). The app and the long commands (train, shootout) keep C2.
if [ "$user_argc" -gt 0 ] && [ "$1" = export ]; then
    set -- "$@" -XX:TieredStopAtLevel=1
fi
# A run with arguments (a subcommand, or the window opened with a file or --lang) starts from a
# class-data-sharing archive of the classes an export loads (AppCDS); the window alone starts
# without it, as the archive holds none of JavaFX's classes. The .deb's postinst writes the
# archive once the app is in its final folder: the JDK checks it against the jar's path, size
# and time, so it cannot be built beforehand.
# Set ACTIVATION_LAB_ARCHIVE_CLASSES=1 to write it (postinst does) from the run that follows.
# Without the archive, or with one that no longer matches, the JVM starts as usual; its CDS
# messages are switched off so that a stale archive never prints on the terminal.
archive="$app_dir/activation-lab.jsa"
if [ "${ACTIVATION_LAB_ARCHIVE_CLASSES:-}" = 1 ]; then
    set -- "$@" "-XX:ArchiveClassesAtExit=$archive" '-Xlog:cds*=off'
elif [ "$user_argc" -gt 0 ] && [ -r "$archive" ]; then
    set -- "$@" "-XX:SharedArchiveFile=$archive" '-Xlog:cds*=off'
fi
set -- "$@" -cp "$class_path" "$main_class"

i=0
while [ "$i" -lt "$user_argc" ]; do
    set -- "$@" "$1"
    shift
    i=$((i + 1))
done

exec "$java" "$@"

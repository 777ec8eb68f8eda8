package org.tokensphere.app.viewmodel;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The preset files opened or saved last, newest first, at most {@link #MAX}, kept in a {@link Store} (the user's
 * preferences in the app). Paths are kept absolute and normalized, so the same file is listed once. Plain Java.
 */
public final class RecentFiles {
    /** How many files are remembered. */
    public static final int MAX = 8;

    /** Where the list is kept between sessions. */
    public interface Store {
        /** The paths saved last, newest first (possibly more than {@link #MAX}, possibly not valid paths). */
        List<String> load();

        /** Keeps {@code paths}, newest first. */
        void save(List<String> paths);
    }

    private final Store store;
    private final List<Path> files = new ArrayList<>();

    /** The list kept in {@code store}; entries that are not paths are skipped. */
    public RecentFiles(Store store) {
        this.store = store;
        for (String s : store.load()) {
            try {
                Path p = normal(Path.of(s));
                if (!files.contains(p) && files.size() < MAX) {
                    files.add(p);
                }
            } catch (InvalidPathException e) {
                // A damaged entry is dropped; the rest of the list stays usable.
            }
        }
    }

    /** The files, newest first; a copy. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Puts {@code file} first (moving it up if listed), dropping the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path p = normal(file);
        files.remove(p);
        files.add(0, p);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        save();
    }

    /** Removes {@code file}; true when it was listed. */
    public boolean remove(Path file) {
        boolean removed = files.remove(normal(file));
        if (removed) {
            save();
        }
        return removed;
    }

    /** Removes every file that {@code exists} says is gone; returns those removed, in list order. */
    public List<Path> dropMissing(Predicate<Path> exists) {
        List<Path> gone = files.stream().filter(exists.negate()).toList();
        if (!gone.isEmpty()) {
            files.removeAll(gone);
            save();
        }
        return gone;
    }

    /** Forgets every file. */
    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        store.save(files.stream().map(Path::toString).toList());
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /** A store in memory only (tests, or when the preferences cannot be used). */
    public static Store memory(List<String> initial) {
        List<String> kept = new ArrayList<>(initial);
        return new Store() {
            @Override
            public List<String> load() {
                return List.copyOf(kept);
            }

            @Override
            public void save(List<String> paths) {
                kept.clear();
                kept.addAll(paths);
            }
        };
    }

    /**
     * The user's preferences ({@link Preferences#userRoot()}, node {@code node}): keys {@code recent.0} to
     * {@code recent.7}. Failures to read or write are ignored (the list is a convenience, never worth an error).
     */
    public static Store preferences(String node) {
        return new Store() {
            @Override
            public List<String> load() {
                List<String> out = new ArrayList<>();
                try {
                    Preferences prefs = Preferences.userRoot().node(node);
                    for (int k = 0; k < MAX; k++) {
                        String v = prefs.get("recent." + k, null);
                        if (v != null && !v.isBlank()) {
                            out.add(v);
                        }
                    }
                } catch (RuntimeException e) {
                    // No preferences available (e.g. a read-only home): start with an empty list.
                }
                return out;
            }

            @Override
            public void save(List<String> paths) {
                try {
                    Preferences prefs = Preferences.userRoot().node(node);
                    for (int k = 0; k < MAX; k++) {
                        String v = k < paths.size() ? paths.get(k) : null;
                        if (v == null || v.length() > Preferences.MAX_VALUE_LENGTH) {
                            prefs.remove("recent." + k);
                        } else {
                            prefs.put("recent." + k, v);
                        }
                    }
                    prefs.flush();
                } catch (BackingStoreException | RuntimeException e) {
                    // Not remembered across sessions this time; the list in memory stays right.
                }
            }
        };
    }
}

package tandem.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, which page, its size and how many there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, total);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** Clamp a requested page size to something sensible. */
    public static int clampSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}

package fr.portailfamille.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentlyUsedCacheTest {

    @Test
    void forgetsTheLeastRecentlyUsedEntryBeyondItsCapacity() {
        RecentlyUsedCache cache = new RecentlyUsedCache(2);
        cache.put("monday", "slot of monday");
        cache.put("tuesday", "slot of tuesday");
        assertThat((String) cache.get("monday")).isEqualTo("slot of monday");

        cache.put("wednesday", "slot of wednesday");

        assertThat(cache.containsKey("monday")).isTrue();
        assertThat(cache.containsKey("tuesday")).as("least recently used").isFalse();
        assertThat(cache.containsKey("wednesday")).isTrue();
    }

    @Test
    void keepsWhatItHoldsWhateverTheGarbageCollector() {
        RecentlyUsedCache cache = new RecentlyUsedCache(10);
        cache.put("monday", new StringBuilder("slot of monday"));

        System.gc();

        assertThat(cache.<String, StringBuilder>get("monday")).hasToString("slot of monday");
    }

    @Test
    void computesOnlyWhatIsAbsent() {
        RecentlyUsedCache cache = new RecentlyUsedCache(10);
        cache.put("monday", "cached");

        assertThat(cache.<String>computeIfAbsent("monday", () -> "loaded")).isEqualTo("cached");
        assertThat(cache.<String>computeIfAbsent("tuesday", () -> "loaded")).isEqualTo("loaded");
        assertThat(cache.putIfAbsent("tuesday", "other")).isFalse();
        assertThat(cache.putIfAbsent("wednesday", "new")).isTrue();
    }

    @Test
    void updatesOrRemovesWhatIsPresent() {
        RecentlyUsedCache cache = new RecentlyUsedCache(10);
        cache.put("monday", "v1");

        cache.<String>computeIfPresent("monday", value -> value + "+v2");
        cache.<String>computeIfPresent("tuesday", value -> "never");
        assertThat((String) cache.get("monday")).isEqualTo("v1+v2");
        assertThat(cache.containsKey("tuesday")).isFalse();

        cache.<String>computeIfPresent("monday", value -> null);
        assertThat(cache.containsKey("monday")).isFalse();
        assertThat(cache.remove("monday")).isFalse();
    }

    @Test
    void tellsItsListenersWhatHappens() {
        RecentlyUsedCache cache = new RecentlyUsedCache(1);
        List<String> heard = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("monday", "v1");
        cache.put("monday", "v2");
        cache.put("tuesday", "v1");
        cache.removeAll();

        assertThat(heard).containsExactly("created monday", "updated monday", "expired monday", "created tuesday",
                "removed tuesday");
    }

    @Test
    void refusesNullValuesAndAnEmptyCapacity() {
        RecentlyUsedCache cache = new RecentlyUsedCache(1);
        assertThatThrownBy(() -> cache.put("monday", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.computeIfAbsent("monday", () -> null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecentlyUsedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

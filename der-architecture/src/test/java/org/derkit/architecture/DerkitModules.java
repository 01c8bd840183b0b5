package org.derkit.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where the classes of every derkit module are: each module's root package directory on the test
 * class path (a reactor build's {@code target/classes} or the module's jar). Naming the six roots
 * spares ArchUnit a scan of the whole class path and the JDK's modules for package
 * {@code org.derkit}, which took three times as long.
 */
public final class DerkitModules implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        Set<Location> locations = new LinkedHashSet<>();
        for (String module : DerkitArchitecture.MODULES) {
            try {
                for (URL root : Collections.list(testClass.getClassLoader().getResources(module.replace('.', '/')))) {
                    locations.add(Location.of(root));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the class path entries of " + module, e);
            }
        }
        return locations;
    }
}

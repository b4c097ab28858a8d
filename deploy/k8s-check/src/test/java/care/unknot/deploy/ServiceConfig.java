package care.unknot.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads, taken from its sources rather than from a list: its application.properties together with
 * service-kit's META-INF/microprofile-config.properties (the defaults every service inherits).
 */
record ServiceConfig(String name, Properties own, Properties kit) {

    static final Path ROOT = Path.of("").toAbsolutePath().resolve("../..").normalize();
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern MODULE = Pattern.compile("<module>([a-z-]+-service)</module>");

    /** Every service module of the root pom. */
    static List<ServiceConfig> all() {
        List<ServiceConfig> services = new ArrayList<>();
        Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        Properties kit = properties(ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        while (modules.find()) {
            String module = modules.group(1);
            services.add(new ServiceConfig(module,
                    properties(ROOT.resolve(module).resolve("src/main/resources/application.properties")), kit));
        }
        return services;
    }

    static ServiceConfig named(String name) {
        return all().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    /** Environment variables referenced as {@code ${NAME}} or {@code ${NAME:default}} in production. */
    Set<String> productionEnvironment() {
        Set<String> names = new TreeSet<>();
        for (Properties source : List.of(own, kit)) {
            for (String key : source.stringPropertyNames()) {
                if (inProduction(key)) {
                    Matcher reference = ENV_REFERENCE.matcher(source.getProperty(key));
                    while (reference.find()) {
                        names.add(reference.group(1));
                    }
                }
            }
        }
        return names;
    }

    /** The value in production: {@code %prod.key}, else {@code key}; the service's own file before the kit's. */
    Optional<String> value(String key) {
        for (Properties source : List.of(own, kit)) {
            for (String candidate : List.of("%prod." + key, key)) {
                if (source.containsKey(candidate)) {
                    return Optional.of(source.getProperty(candidate));
                }
            }
        }
        return Optional.empty();
    }

    String store() {
        return value("unknot.store").orElseThrow();
    }

    String outgoingTopic() {
        return value("mp.messaging.outgoing.outbox.topic").orElseThrow();
    }

    /** Names of the incoming channels (those with a topic). */
    Set<String> incomingChannels() {
        Set<String> channels = new TreeSet<>();
        Pattern channel = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
        for (String key : own.stringPropertyNames()) {
            Matcher m = channel.matcher(key);
            if (m.matches()) {
                channels.add(m.group(1));
            }
        }
        return channels;
    }

    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        incomingChannels().forEach(c -> topics.add(value("mp.messaging.incoming." + c + ".topic").orElseThrow()));
        return topics;
    }

    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        incomingChannels().forEach(c -> groups.add(value("mp.messaging.incoming." + c + ".group.id").orElse(name)));
        return groups;
    }

    Set<String> deadLetterTopics() {
        Set<String> topics = new TreeSet<>();
        incomingChannels().forEach(c -> value("mp.messaging.incoming." + c + ".dead-letter-queue.topic")
                .ifPresent(topics::add));
        return topics;
    }

    /** The image Jib builds: {@code <quarkus.container-image.group>/<quarkus.application.name>}. */
    String imageName() {
        String group = value("quarkus.container-image.group").orElseThrow();
        String image = value("quarkus.container-image.name").orElse(value("quarkus.application.name").orElseThrow());
        return group + "/" + image;
    }

    private static boolean inProduction(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        String profiles = key.substring(1, key.indexOf('.'));
        return Set.of(profiles.split(",")).contains("prod");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

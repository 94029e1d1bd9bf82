package dev.agentcore4j.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A Docker-format image tar opened for assertions: {@code manifest.json}, the config blob it names and
 * the file names in each layer. Jackson and commons-compress come with jib-core.
 */
record ImageTar(JsonNode manifest, JsonNode config, List<Layer> layers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One layer: its file name in the tar (the digest) and the paths it holds, without a leading slash. */
    record Layer(String file, List<String> entries) {
    }

    static ImageTar read(Path tar) throws IOException {
        Map<String, byte[]> files = untar(Files.newInputStream(tar));
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText()));
        var layers = new ArrayList<Layer>();
        for (JsonNode layer : manifest.get("Layers")) {
            String file = layer.asText();
            var entries = new ArrayList<String>(
                    untar(new GZIPInputStream(new ByteArrayInputStream(files.get(file)))).keySet());
            entries.sort(null);
            layers.add(new Layer(file, List.copyOf(entries)));
        }
        return new ImageTar(manifest, config, List.copyOf(layers));
    }

    JsonNode containerConfig() {
        return config.get("config");
    }

    List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Map<String, byte[]> untar(InputStream in) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (var tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "");
                files.put(name, tar.readAllBytes());
            }
        }
        return files;
    }
}

package dev.baton.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.baton.generator.ArchitectureGenerator;
import dev.baton.model.Architecture;
import dev.baton.model.Record;

/**
 * Randomly generated models (hundreds, each from its own seed) are written and read back equal, and a second save
 * writes nothing.
 */
class GeneratedModelRoundTripTest {

	@TempDir
	Path temp;

	@Test
	void generatedModelsWriteAndReadBackEqual() throws IOException {
		int models = 200;
		for (int seed = 1; seed <= models; seed++) {
			int decisions = 3 + seed % 17;
			Architecture expected = ArchitectureGenerator.generate(ArchitectureGenerator.Options.of(decisions, seed));
			Path root = temp.resolve("model-" + seed);
			ArchitectureFolder.create(root, EcoreUtil.copy(expected));
			ArchitectureFolder loaded = ArchitectureFolder.load(root, LoadOptions.defaults());
			assertEquals(Diagnostic.OK, loaded.findings().getSeverity(),
					"seed " + seed + ":\n" + TestFolders.joined(loaded.findings()));
			RecordEquality.forgetSources(loaded.architecture());
			// records are compared by id: the folder orders them by file name, the generator does not
			Map<String, Record> a = records(expected);
			Map<String, Record> b = records(loaded.architecture());
			assertEquals(a.keySet(), b.keySet(), "seed " + seed + ": records");
			for (String id : a.keySet()) {
				assertTrue(RecordEquality.equal(a.get(id), b.get(id)),
						"seed " + seed + ": " + RecordEquality.describe(a.get(id))
								+ "\n  differs from\n" + RecordEquality.describe(b.get(id)));
			}
			assertEquals(expected.getName(), loaded.architecture().getName());
			assertEquals(Diagnostic.OK, loaded.save().getSeverity());
		}
	}

	private static Map<String, Record> records(Architecture architecture) {
		Map<String, Record> records = new TreeMap<>();
		architecture.eAllContents().forEachRemaining(o -> {
			if (o instanceof Record r) {
				records.put(r.eClass().getName() + "/" + r.getId(), r);
			}
		});
		return records;
	}
}

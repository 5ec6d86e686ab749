package dev.baton.history.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

import dev.baton.api.Findings;
import dev.baton.api.SourceLocation;
import dev.baton.model.BatonFactory;
import dev.baton.model.Record;
import dev.baton.store.DecisionFormat;
import dev.baton.store.FolderLayout;
import dev.baton.store.StoreFindings;

/**
 * Parses record files and {@code baton.yaml} from blobs, each blob once: parsed records and layouts are cached by
 * object id (and, for records, the path, which gives the id of a file without one). Problems are reported once, naming
 * {@code commit:path} and the line.
 */
public final class BlobRecords {

	private static final Record NONE = BatonFactory.eINSTANCE.createPerson();

	private final ObjectReader reader;
	private final Map<String, DecisionFormat> formats;
	private final DiagnosticChain findings;
	private final Map<ObjectId, FolderLayout> layouts = new HashMap<>();
	private final Map<String, Record> records = new HashMap<>();
	private FolderLayout defaults;
	private int parsed;

	public BlobRecords(ObjectReader reader, Map<String, DecisionFormat> formats, DiagnosticChain findings) {
		this.reader = reader;
		this.formats = formats;
		this.findings = findings;
	}

	/** The layout a {@code baton.yaml} blob describes; the defaults for {@code null}. */
	public FolderLayout layout(ObjectId batonYaml, String display) throws IOException {
		if (batonYaml == null) {
			if (defaults == null) {
				defaults = FolderLayout.of(null, Path.of(FolderLayout.SETTINGS), new BasicDiagnostic());
			}
			return defaults;
		}
		FolderLayout layout = layouts.get(batonYaml);
		if (layout == null) {
			String text = GitTrees.text(reader, batonYaml);
			layout = FolderLayout.of(text, Path.of(display), findings);
			layouts.put(batonYaml.copy(), layout);
		}
		return layout;
	}

	/**
	 * The record in a blob, or {@code null} when the blob holds none (reported).
	 *
	 * @param relative the file's path relative to the architecture folder
	 * @param display  how findings name the file ({@code 1a2b3c4:docs/adr/0001-x.md})
	 */
	public Record record(FolderLayout layout, FolderLayout.Place place, String relative, ObjectId blob, String display)
			throws IOException {
		String key = blob.name() + ':' + relative + ':' + (place.set() == null ? "" : place.set().dialect());
		Record record = records.get(key);
		if (record == null) {
			String text = GitTrees.text(reader, blob);
			if (text == null) {
				Findings.add(findings, Findings.warning(StoreFindings.SOURCE, StoreFindings.TOO_LARGE,
						SourceLocation.of(Path.of(display)), "the file is larger than "
								+ GitTrees.MAX_BLOB_BYTES / (1024 * 1024) + " MB at this revision and is not read"));
				record = NONE;
			} else {
				parsed++;
				record = layout.read(place, relative, text, Path.of(display), formats, findings);
				if (record == null) {
					record = NONE;
				}
			}
			records.put(key, record);
		}
		return record == NONE ? null : record;
	}

	/** The record in a file's text (from the working tree), not cached. */
	public Record record(FolderLayout layout, FolderLayout.Place place, String relative, String text, String display) {
		parsed++;
		return layout.read(place, relative, text, Path.of(display), formats, findings);
	}

	/** How many files were parsed (each blob once). */
	public int parsed() {
		return parsed;
	}
}

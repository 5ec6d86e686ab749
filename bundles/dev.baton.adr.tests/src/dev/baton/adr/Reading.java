package dev.baton.adr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import dev.baton.model.Decision;
import dev.baton.model.DecisionLink;
import dev.baton.store.DecisionFormat;

/** Reads one ADR text as a file of a given name, collecting what the reader says and refers to. */
final class Reading implements DecisionFormat.Context {

	final String path;
	final List<String> warnings = new ArrayList<>();
	final List<String> errors = new ArrayList<>();
	final List<String> infos = new ArrayList<>();
	/** "feature token@line" of every reference. */
	final List<String> references = new ArrayList<>();
	DecisionFormat.Reading result;
	private Path file;

	private Reading(String path) {
		this.path = path;
		this.file = Path.of(path);
	}

	static Reading of(String path, String text) {
		return as("adr-tools", path, text);
	}

	/** Reads the text in one dialect. */
	static Reading as(String dialect, String path, String text) {
		Reading reading = new Reading(path);
		reading.result = Dialects.format(dialect).read(text, reading);
		return reading;
	}

	/** Reads the text as an existing file (for links to the files beside it). */
	static Reading at(Path file, String path, String text) {
		Reading reading = new Reading(path);
		reading.file = file;
		reading.result = Dialects.format("adr-tools").read(text, reading);
		return reading;
	}

	Decision decision() {
		return result.decision();
	}

	String dialect() {
		return AdrFormat.dialectOf(result);
	}

	@Override
	public Path file() {
		return file;
	}

	@Override
	public String setRelativePath() {
		return path;
	}

	@Override
	public void warning(int line, String message) {
		warnings.add(line + ": " + message);
	}

	@Override
	public void error(int line, String message) {
		errors.add(line + ": " + message);
	}

	@Override
	public void info(int line, String message) {
		infos.add(line + ": " + message);
	}

	@Override
	public void refer(EObject holder, EReference feature, String token, int line) {
		String kind = holder instanceof DecisionLink link ? link.getType().getLiteral() : feature.getName();
		references.add(kind + " " + token + "@" + line);
	}
}

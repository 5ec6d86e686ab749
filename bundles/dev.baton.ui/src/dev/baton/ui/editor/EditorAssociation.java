package dev.baton.ui.editor;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IEditorAssociationOverride;

import dev.baton.ui.ArchitectureFolders;

/**
 * Opens record files of an architecture folder (a folder with {@code baton.yaml}) in Baton's form editors: decisions in
 * the decision editor, other records in the record editor. Other Markdown keeps its usual editor, and the text editor
 * stays one Open With away.
 */
public final class EditorAssociation implements IEditorAssociationOverride {

	@Override
	public IEditorDescriptor[] overrideEditors(IEditorInput input, IContentType contentType,
			IEditorDescriptor[] editors) {
		IEditorDescriptor ours = editorFor(input);
		if (ours == null || Arrays.stream(editors).anyMatch(e -> e.getId().equals(ours.getId()))) {
			return editors;
		}
		IEditorDescriptor[] more = Arrays.copyOf(editors, editors.length + 1);
		more[editors.length] = ours;
		return more;
	}

	@Override
	public IEditorDescriptor[] overrideEditors(String fileName, IContentType contentType, IEditorDescriptor[] editors) {
		return editors;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(IEditorInput input, IContentType contentType,
			IEditorDescriptor editor) {
		IEditorDescriptor ours = editorFor(input);
		return ours == null ? editor : ours;
	}

	@Override
	public IEditorDescriptor overrideDefaultEditor(String fileName, IContentType contentType,
			IEditorDescriptor editor) {
		return editor;
	}

	private static IEditorDescriptor editorFor(IEditorInput input) {
		Path file = input == null ? null : RecordEditor.pathOf(input);
		String id = editorIdFor(file);
		return id == null ? null : PlatformUI.getWorkbench().getEditorRegistry().findEditor(id);
	}

	/** The id of Baton's editor for a file, or {@code null} when the file is not a record. */
	public static String editorIdFor(Path file) {
		if (file == null || !ArchitectureFolders.isRecord(file)) {
			return null;
		}
		return ArchitectureFolders.isDecision(file) ? DecisionEditor.ID : RecordEditor.ID;
	}
}

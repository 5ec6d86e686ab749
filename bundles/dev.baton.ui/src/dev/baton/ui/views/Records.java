package dev.baton.ui.views;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import dev.baton.model.Record;
import dev.baton.store.ArchitectureFolder;
import dev.baton.ui.ArchitectureFolders;
import dev.baton.ui.editor.EditorAssociation;
import dev.baton.ui.editor.RecordEditor;

/** Opening a record's file in its editor, from the views. */
public final class Records {

	private Records() {
	}

	/** Opens the record's file in Baton's editor for it; empty when the record has no file. */
	public static Optional<IEditorPart> open(IWorkbenchPage page, ArchitectureFolder folder, Record record) {
		Optional<Path> file = folder.fileOf(record);
		return file.isEmpty() ? Optional.empty() : open(page, file.get());
	}

	/** Opens a record file in Baton's editor (the decision editor for decisions). */
	public static Optional<IEditorPart> open(IWorkbenchPage page, Path file) {
		String id = EditorAssociation.editorIdFor(file);
		try {
			Optional<IFile> workspaceFile = ArchitectureFolders.workspaceFile(file);
			return Optional.of(page.openEditor(workspaceFile.isPresent() ? new FileEditorInput(workspaceFile.get())
					: new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.toUri())),
					id == null ? RecordEditor.ID : id));
		} catch (CoreException e) {
			ILog.of(Records.class).error("cannot open " + file, e);
			return Optional.empty();
		}
	}
}

package dev.baton.ui.editor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import dev.baton.model.Record;
import dev.baton.ui.ArchitectureFolders;

/**
 * A table of references in a form (affected elements, typed links) as links to their targets: double-click a row, or
 * select it and press F3 (as Open Declaration does), to open the record it names in its Baton editor.
 */
final class TargetLinks {

	private TargetLinks() {
	}

	/**
	 * @param target the record a row names, or {@code null} (a broken reference)
	 */
	static void install(RecordEditor editor, TableViewer viewer, Function<Object, Record> target) {
		viewer.addDoubleClickListener(event -> open(editor, viewer, target));
		viewer.getTable().addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.F3) {
				open(editor, viewer, target);
			}
		});
	}

	private static void open(RecordEditor editor, TableViewer viewer, Function<Object, Record> target) {
		Object row = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		Record record = row == null ? null : target.apply(row);
		if (record == null || editor.session() == null) {
			return;
		}
		Optional<Path> file = editor.session().folder().fileOf(record);
		if (file.isEmpty()) {
			return;
		}
		String id = EditorAssociation.editorIdFor(file.get());
		Optional<IFile> workspaceFile = ArchitectureFolders.workspaceFile(file.get());
		IEditorInput input = workspaceFile.isPresent() ? new FileEditorInput(workspaceFile.get())
				: new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(file.get().toUri()));
		try {
			editor.getSite().getPage().openEditor(input, id == null ? RecordEditor.ID : id);
		} catch (PartInitException e) {
			ILog.of(TargetLinks.class).error("cannot open " + file.get(), e);
		}
	}
}

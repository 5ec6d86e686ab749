package dev.baton.ui.properties;

import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

import dev.baton.model.Record;
import dev.baton.model.provider.BatonItemProviderAdapterFactory;
import dev.baton.ui.editor.RecordEditor;
import dev.baton.ui.views.DecisionLog;

/**
 * Adapts Baton's model objects (and the Decision Log's rows) to the Properties view. An object of a record open in a
 * Baton editor is edited through that editor's command stack; anything else (the explorer's and the log's records,
 * loaded for viewing) is shown read-only.
 */
public final class PropertySources implements IAdapterFactory {

	private static final ComposedAdapterFactory VIEWING = new ComposedAdapterFactory(List.of(
			new BatonItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory()));

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		EObject object = adaptable instanceof EObject e ? e
				: adaptable instanceof DecisionLog.Row row ? row.decision() : null;
		return object == null ? null : adapterType.cast(of(object));
	}

	/** The property source of a model object: editable when an open editor edits its record. */
	public static ItemPropertySource of(EObject object) {
		RecordEditor editor = editorOf(object);
		if (editor != null) {
			return new ItemPropertySource(object, editor.session().adapterFactory(), editor.session().domain());
		}
		return new ItemPropertySource(object, VIEWING, null);
	}

	private static RecordEditor editorOf(EObject object) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		// the record the object is or belongs to: an editor edits its own record only (the model is shared)
		EObject record = object;
		while (record != null && !(record instanceof Record)) {
			record = record.eContainer();
		}
		if (record == null) {
			return null;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					IEditorPart part = reference.getEditor(false);
					if (part instanceof RecordEditor editor && editor.session() != null
							&& editor.session().record() == record) {
						return editor;
					}
				}
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}

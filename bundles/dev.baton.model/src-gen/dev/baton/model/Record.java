/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One file of the architecture folder: Markdown with YAML front matter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.baton.model.Record#getId <em>Id</em>}</li>
 *   <li>{@link dev.baton.model.Record#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.baton.model.Record#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.baton.model.Record#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.baton.model.Record#getLastReviewed <em>Last Reviewed</em>}</li>
 *   <li>{@link dev.baton.model.Record#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.baton.model.Record#getSections <em>Sections</em>}</li>
 *   <li>{@link dev.baton.model.Record#getSourcePath <em>Source Path</em>}</li>
 * </ul>
 *
 * @see dev.baton.model.BatonPackage#getRecord()
 * @model abstract="true"
 * @generated
 */
public interface Record extends EObject
{
  /**
   * Returns the value of the '<em><b>Id</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Identifier, unique per kind family (decisions: per decision set). Defaults to the file name without extension.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Id</em>' attribute.
   * @see #setId(String)
   * @see dev.baton.model.BatonPackage#getRecord_Id()
   * @model
   * @generated
   */
  String getId();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getId <em>Id</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Id</em>' attribute.
   * @see #getId()
   * @generated
   */
  void setId(String value);

  /**
   * Returns the value of the '<em><b>Title</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Human title: the first level-1 heading of the body, or the title key.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Title</em>' attribute.
   * @see #setTitle(String)
   * @see dev.baton.model.BatonPackage#getRecord_Title()
   * @model
   * @generated
   */
  String getTitle();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getTitle <em>Title</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Title</em>' attribute.
   * @see #getTitle()
   * @generated
   */
  void setTitle(String value);

  /**
   * Returns the value of the '<em><b>Owner</b></em>' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Who owns the record or the thing it describes (a person or a team).
   * <!-- end-model-doc -->
   * @return the value of the '<em>Owner</em>' reference.
   * @see #setOwner(Party)
   * @see dev.baton.model.BatonPackage#getRecord_Owner()
   * @model resolveProxies="false"
   * @generated
   */
  Party getOwner();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getOwner <em>Owner</em>}' reference.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Owner</em>' reference.
   * @see #getOwner()
   * @generated
   */
  void setOwner(Party value);

  /**
   * Returns the value of the '<em><b>Tags</b></em>' attribute list.
   * The list contents are of type {@link java.lang.String}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @return the value of the '<em>Tags</em>' attribute list.
   * @see dev.baton.model.BatonPackage#getRecord_Tags()
   * @model
   * @generated
   */
  List<String> getTags();

  /**
   * Returns the value of the '<em><b>Last Reviewed</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * When a person last checked the record still holds.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Last Reviewed</em>' attribute.
   * @see #setLastReviewed(LocalDate)
   * @see dev.baton.model.BatonPackage#getRecord_LastReviewed()
   * @model dataType="dev.baton.model.LocalDate"
   * @generated
   */
  LocalDate getLastReviewed();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getLastReviewed <em>Last Reviewed</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Last Reviewed</em>' attribute.
   * @see #getLastReviewed()
   * @generated
   */
  void setLastReviewed(LocalDate value);

  /**
   * Returns the value of the '<em><b>Description</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Markdown prose of the body that belongs to no named section.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Description</em>' attribute.
   * @see #setDescription(String)
   * @see dev.baton.model.BatonPackage#getRecord_Description()
   * @model annotation="https://baton.dev/format key='-'"
   * @generated
   */
  String getDescription();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getDescription <em>Description</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Description</em>' attribute.
   * @see #getDescription()
   * @generated
   */
  void setDescription(String value);

  /**
   * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
   * The list contents are of type {@link dev.baton.model.Section}.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Body sections the model has no field for, kept verbatim.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Sections</em>' containment reference list.
   * @see dev.baton.model.BatonPackage#getRecord_Sections()
   * @model containment="true"
   * @generated
   */
  List<Section> getSections();

  /**
   * Returns the value of the '<em><b>Source Path</b></em>' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * <!-- begin-model-doc -->
   * Path of the file the record was read from, relative to the architecture folder.
   * <!-- end-model-doc -->
   * @return the value of the '<em>Source Path</em>' attribute.
   * @see #setSourcePath(String)
   * @see dev.baton.model.BatonPackage#getRecord_SourcePath()
   * @model transient="true"
   *        annotation="https://baton.dev/format key='-'"
   * @generated
   */
  String getSourcePath();

  /**
   * Sets the value of the '{@link dev.baton.model.Record#getSourcePath <em>Source Path</em>}' attribute.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the new value of the '<em>Source Path</em>' attribute.
   * @see #getSourcePath()
   * @generated
   */
  void setSourcePath(String value);

} // Record

<?php
return array (
  '<strong>Confirm</strong> topic deletion' => '<strong>Confirmar</strong> eliminación de tema',
  '<strong>Edit</strong> Topic' => '<strong>Editar</strong> Tema',
  '<strong>Manage</strong> Topics' => '<strong>Administrar</strong> Temas',
  '<strong>Topic</strong> Overview' => '<strong>Visión general</strong> del Temas',
  'Add Topic' => 'Añadir tema',
  'Add topics that you will use in your posts. Topics can be personal interests or general terms. When posting, you can select them by choosing "Topics" and it will be easier for other users to find your posts related to that topic.' => 'Añade temas que vas a utilizar en tus publicaciones. Los temas pueden ser intereses personales o asuntos generales. Cuando publiques, puedes seleccionarlos eligiendo "Temas" y así será más fácil para otros usuarios encontrar tus publicaciones relacionadas con ese tema.',
  'Color' => 'Color',
  'Do you really want to delete this topic?' => '¿Realmente quieres eliminar este tema?',
  'Name' => 'Nombre',
  'Sort order' => 'Orden',
  'Topic' => 'Tema',
  'Topic has been deleted!' => '¡El tema ha sido eliminado!',
  'Topics' => 'Temas',
);

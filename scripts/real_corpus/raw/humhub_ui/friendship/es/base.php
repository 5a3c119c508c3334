<?php

return [
    '<strong>My</strong> friends' => '<strong>Mis</strong> amigos',
    '<strong>Pending</strong> friend requests' => 'Solicitudes de amistad <strong>pendientes</strong>',
    '<strong>Sent</strong> friend requests' => 'Solicitudes de amistad <strong>enviadas</strong>',
    'Accept Friend Request' => 'Aceptar solicitud de amistad',
    'Deny friend request' => 'Negar solicitud de amistad',
    'Friends' => 'Amigos',
    'Friendship' => 'Amistad',
    'Pending' => 'Pendiente',
    'Requests' => 'Solicitudes',
    'Sent requests' => 'Enviar solicitudes',
    'Show all friends' => 'Mostrar todos los amigos',
    'Unfriend' => 'Cancelar amistad',
    'Would you like to accept the friendship request?' => '¿Quieres aceptar la solicitud de amistad?',
    'Would you like to end your friendship with {userName}?' => '¿Quieres terminar tu amistad con {userName}?',
    'Would you like to send a friendship request to {userName}?' => '¿Quieres enviar una solicitud de amistad a {userName}?',
    'Would you like to withdraw the friendship request?' => '¿Quieres retirar la solicitud de amistad?',
    'Would you like to withdraw your friendship request?' => '¿Quieres retirar tu solicitud de amistad?',
];
